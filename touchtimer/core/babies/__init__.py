"""Babies: profiles, age and corrected age, and which routines suit which baby."""
