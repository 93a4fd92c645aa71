"""What every room of /live builds on: the LIVE's shared rules and links, who may change a
LIVE, its announcement with the buttons under it, its scheduled event and the DMs about it,
and the lock that keeps one LIVE's changes in order."""
