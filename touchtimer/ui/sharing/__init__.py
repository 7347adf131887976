"""The window's side of sharing one history between laptops through a folder (``core/sharing``):
when to exchange (:mod:`.service`), the settings for it (:mod:`.dialog`) and how the window is joined
to them (:mod:`.wiring`). See docs/sharing.md."""
