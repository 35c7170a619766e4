"""egov_desktop: one-stop-shop statistics for Vietnamese communes, offline."""

__version__ = "0.1.0"
