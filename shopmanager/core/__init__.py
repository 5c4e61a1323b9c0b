"""Rules, money, errors: pure Python, no Qt, no database."""
