"""The session pages (before, during, after), the controller that drives the engine on Qt's timers,
and the crash-safety wiring."""
