"""Reports page parts: downloads (each CSV and the whole zip), filters, a preview, and importing files back."""
