"""The browser's way in: the console's files, security headers and the cookie session."""
