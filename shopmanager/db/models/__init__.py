"""All tables, importable from one place."""
from shopmanager.db.models.aftersales import (
    AFTERSALES_MODELS, AfterSalesCase, CaseEvent, CaseLine, CaseShipment, DefectiveStock, Refund,
)
from shopmanager.db.models.appraisal import (
    APPRAISAL_MODELS, Appraisal, AppraisalLine, AppraisalMember, AppraisalPeriod, AppraisalScore, AppraisalTemplate,
    AppraisalTemplateItem,
)
from shopmanager.db.models.base import BaseModel, MoneyField
from shopmanager.db.models.desk import DESK_MODELS, CarrierPattern
from shopmanager.db.models.foundation import (
    FOUNDATION_MODELS, AuditLog, SavedMapping, SchemaVersion, Setting, Staff, User,
)
from shopmanager.db.models.orders import (
    ORDER_MODELS, Carrier, Customer, CustomerAddress, OrderLine, RevisitPlan, SalesOrder, Shipment,
)
from shopmanager.db.models.products import (
    PRODUCT_MODELS, Category, InboundReceipt, Product, StockBatch, StockMovement, Stocktake,
    StocktakeLine, Supplier,
)
from shopmanager.db.models.roster import (
    ROSTER_MODELS, AttendanceCorrection, FundEntry, HandoverItem, LeaveRequest, Meeting, MeetingDecision,
    MeetingMember, Punch, RewardFine, RosterEntry, ShiftTemplate, Training, TrainingAttendee,
)

from shopmanager.db.models.imports import IMPORT_MODELS, PlatformCode, ProvisionalLine, WaitingItem

ALL_MODELS = FOUNDATION_MODELS + PRODUCT_MODELS + ORDER_MODELS + DESK_MODELS
ALL_MODELS += ROSTER_MODELS
ALL_MODELS += IMPORT_MODELS
ALL_MODELS += APPRAISAL_MODELS
ALL_MODELS += AFTERSALES_MODELS

__all__ = [
    "AFTERSALES_MODELS", "AfterSalesCase", "CaseEvent", "CaseLine", "CaseShipment", "DefectiveStock", "Refund",
    "APPRAISAL_MODELS", "Appraisal", "AppraisalLine", "AppraisalMember", "AppraisalPeriod", "AppraisalScore",
    "AppraisalTemplate", "AppraisalTemplateItem",
    "ALL_MODELS", "AuditLog", "BaseModel", "Carrier", "CarrierPattern", "Category", "Customer", "CustomerAddress",
    "DESK_MODELS", "FOUNDATION_MODELS", "InboundReceipt", "MoneyField", "ORDER_MODELS", "OrderLine", "PRODUCT_MODELS",
    "Product", "RevisitPlan", "SalesOrder", "SavedMapping", "SchemaVersion", "Setting", "Shipment",
    "Staff", "StockBatch", "StockMovement", "Stocktake", "StocktakeLine", "Supplier", "User",
]
__all__ += [
    "ROSTER_MODELS", "AttendanceCorrection", "FundEntry", "HandoverItem", "LeaveRequest", "Meeting",
    "MeetingDecision", "MeetingMember", "Punch", "RewardFine", "RosterEntry", "ShiftTemplate", "Training",
    "TrainingAttendee",
]
__all__ += ["IMPORT_MODELS", "PlatformCode", "ProvisionalLine", "WaitingItem"]
