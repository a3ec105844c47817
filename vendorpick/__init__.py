"""vendorpick: compare customer-support outsourcing quotes."""

__version__ = "0.1.0"
