"""ParkMatch server: the imperative shell around the matching core."""
