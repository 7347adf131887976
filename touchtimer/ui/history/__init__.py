"""The history page: list, filters, details, totals, chart, export, import and the PDF summary."""
