"""How the audit log shows what imports remember (services/audit.py reads this module)."""
from __future__ import annotations

from shopmanager.core.i18n import tr
from shopmanager.services.audit import AuditField, register

register("platform_code", lambda: tr("Audit", "Platform item code"),
         fields={"product": AuditField(lambda: tr("Import", "Our product"), "ref", ref="product")})
