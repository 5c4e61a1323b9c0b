"""ShopManager: the back office of a small online shop."""

__version__ = "0.1.0"
APP_NAME = "ShopManager"
ORG_NAME = "ShopManager"
