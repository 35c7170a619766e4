"""egov_desktop: one-stop-shop statistics for Vietnamese communes, offline."""

__version__ = "0.2.0"
