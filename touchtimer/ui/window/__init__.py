"""The parts of the main window, one concern each: its pages, its actions and menus, theme and text
size, the parent's own routines. :class:`touchtimer.ui.main_window.MainWindow` is made of them."""
