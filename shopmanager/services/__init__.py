"""Use cases ("ship order", "post stocktake"): each checks permission, runs in one
transaction, writes the audit record, and returns plain data. No Qt."""
