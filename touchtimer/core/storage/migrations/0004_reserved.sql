-- Reserved: another line of work adds migration 0004. This no-op keeps the numbering contiguous on
-- its own; drop it when that migration is merged (0005 onward keep their numbers).
SELECT 1;
