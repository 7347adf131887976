"""The OS edges: speech, chimes, tray, screen-awake, single instance and Qt's scheduler.

Heavy Qt modules (multimedia, speech, D-Bus, network) are imported here on first use only."""
