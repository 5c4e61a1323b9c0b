<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AfterSales</name>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>  overdue: no first response yet</source>
      <translation>  overdue: no first response yet</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>  ⚠ outside the policy</source>
      <translation>  ⚠ outside the policy</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source> (escalated {time}; clerk {clerk})</source>
      <translation> (escalated {time}; clerk {clerk})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source> and {taken} are already in other cases</source>
      <translation> and {taken} are already in other cases</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source> star(s)</source>
      <translation> star(s)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>(choose)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>(nobody)</source>
      <translation>(nobody)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>(not known)</source>
      <translation>(not known)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>7 days, no reason</source>
      <translation>7 days, no reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>A case counts for the staff member handling it (the clerk who had it, when it was escalated to the supervisor).</source>
      <translation>A case counts for the staff member handling it (the clerk who had it, when it was escalated to the supervisor).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>A {type} case has no goods coming back.</source>
      <translation>A {type} case has no goods coming back.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Add a note</source>
      <translation>Add a note</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Add a note…</source>
      <translation>Add a note…</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>After-sales</source>
      <translation>After-sales</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>After-sales case {case_no}</source>
      <translation>After-sales case {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>After-sales summary</source>
      <translation>After-sales summary</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>After-sales summary {period}</source>
      <translation>After-sales summary {period}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Against staff member</source>
      <translation>Against staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Alipay</source>
      <translation>Alipay</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All done</source>
      <translation>All done</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All open</source>
      <translation>All open</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All states</source>
      <translation>All states</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All types</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Amount (¥)</source>
      <translation>Amount (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Another size or colour: scan or type its SKU / barcode</source>
      <translation>Another size or colour: scan or type its SKU / barcode</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>At most ¥{left} can still be refunded on this case.</source>
      <translation>At most ¥{left} can still be refunded on this case.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Back, defective</source>
      <translation>Back, defective</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Back, good</source>
      <translation>Back, good</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Bank transfer</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Bought</source>
      <translation>Bought</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Buyer (return parcel)</source>
      <translation>Buyer (return parcel)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Buyer, both ways</source>
      <translation>Buyer, both ways</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By product</source>
      <translation>By product</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By reason</source>
      <translation>By reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By staff member</source>
      <translation>By staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By type</source>
      <translation>By type</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Can still claim</source>
      <translation>Can still claim</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Cancel the order instead, or register a refund only.</source>
      <translation>Cancel the order instead, or register a refund only.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Cancel the parcel</source>
      <translation>Cancel the parcel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Cancel the parcel…</source>
      <translation>Cancel the parcel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Case / order / platform no., phone  (Ctrl+F)</source>
      <translation>Case / order / platform no., phone  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Case number</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} already has a parcel on its way: {tracking_no}. Cancel it first if it did not go.</source>
      <translation>Case {case_no} already has a parcel on its way: {tracking_no}. Cancel it first if it did not go.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} has no parcel on its way.</source>
      <translation>Case {case_no} has no parcel on its way.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is already with the supervisor.</source>
      <translation>Case {case_no} is already with the supervisor.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is closed.</source>
      <translation>Case {case_no} is closed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is refused; ask the supervisor to override it instead.</source>
      <translation>Case {case_no} is refused; ask the supervisor to override it instead.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is within the policy: there is nothing to override.</source>
      <translation>Case {case_no} is within the policy: there is nothing to override.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Case {case_no} is {state}: no refund.</source>
      <translation>Case {case_no} is {state}: no refund.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} is {state}: nothing is sent.</source>
      <translation>Case {case_no} is {state}: nothing is sent.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} is {state}: refuse the parcel (拒签).</source>
      <translation>Case {case_no} is {state}: refuse the parcel (拒签).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} was escalated: the supervisor decides it.</source>
      <translation>Case {case_no} was escalated: the supervisor decides it.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no}: {problem}</source>
      <translation>Case {case_no}: {problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Cases by type</source>
      <translation>Cases by type</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Cases received in the period. Timeliness: complaints first answered within {h} hours (投诉处理及时率); resolution: complaints resolved (投诉解决率); return rate: orders paid in the period that came back (return or exchange).</source>
      <translation>Cases received in the period. Timeliness: complaints first answered within {h} hours (投诉处理及时率); resolution: complaints resolved (投诉解决率); return rate: orders paid in the period that came back (return or exchange).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Cause found</source>
      <translation>Cause found</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Change of size, colour or style</source>
      <translation>Change of size, colour or style</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Change state…</source>
      <translation>Change state…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Choose what the parcel holds.</source>
      <translation>Choose what the parcel holds.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Choose whether the goods are scrapped or returned to the supplier.</source>
      <translation>Choose whether the goods are scrapped or returned to the supplier.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Clerk before escalation</source>
      <translation>Clerk before escalation</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Colour difference</source>
      <translation>Colour difference</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Complaint / review</source>
      <translation>Complaint / review</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Complaint against {name}:</source>
      <translation>Complaint against {name}:</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Complaint category</source>
      <translation>Complaint category</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Complaint category: choose one.</source>
      <translation>Complaint category: choose one.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Complaint decided</source>
      <translation>Complaint decided</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaint resolution</source>
      <translation>Complaint resolution</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaint timeliness</source>
      <translation>Complaint timeliness</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Complaint upheld</source>
      <translation>Complaint upheld</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaints</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaints by category</source>
      <translation>Complaints by category</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Contact the buyer</source>
      <translation>Contact the buyer</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Contacted the buyer</source>
      <translation>Contacted the buyer</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Contact…</source>
      <translation>Contact…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Copy the buyer's review</source>
      <translation>Copy the buyer's review</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Damage caused by the buyer</source>
      <translation>Damage caused by the buyer</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Day {n} after {event} (window {w} days).</source>
      <translation>Day {n} after {event} (window {w} days).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Decide the complaint</source>
      <translation>Decide the complaint</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Decide the complaint…</source>
      <translation>Decide the complaint…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Defective</source>
      <translation>Defective</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Defective (次品)</source>
      <translation>Defective (次品)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Defective stock</source>
      <translation>Defective stock</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Delivery problem</source>
      <translation>Delivery problem</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Details changed: {fields}</source>
      <translation>Details changed: {fields}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Dismissed: not the staff member's fault</source>
      <translation>Dismissed: not the staff member's fault</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Effect on profit (refunds, goods back in stock, replacements at cost): ¥{amount}</source>
      <translation>Effect on profit (refunds, goods back in stock, replacements at cost): ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Effect on profit: ¥{amount}</source>
      <translation>Effect on profit: ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Eligible.</source>
      <translation>Eligible.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Enter what came back.</source>
      <translation>Enter what came back.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Escalate to the supervisor</source>
      <translation>Escalate to the supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Escalate to the supervisor…</source>
      <translation>Escalate to the supervisor…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Escalated</source>
      <translation>Escalated</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Everybody's</source>
      <translation>Everybody's</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Exchange</source>
      <translation>Exchange</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Express, prepaid</source>
      <translation>Express, prepaid</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Find order</source>
      <translation>Find order</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Freight collect (到付)</source>
      <translation>Freight collect (到付)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Full refund</source>
      <translation>Full refund</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Full refund or exchange</source>
      <translation>Full refund or exchange</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Give to another staff member</source>
      <translation>Give to another staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Give to another staff member…</source>
      <translation>Give to another staff member…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Good</source>
      <translation>Good</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Good (to stock)</source>
      <translation>Good (to stock)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Goods only</source>
      <translation>Goods only</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Goods received</source>
      <translation>Goods received</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Hand over</source>
      <translation>Hand over</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Hand over cases…</source>
      <translation>Hand over cases…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Hand over open cases</source>
      <translation>Hand over open cases</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Hand over to someone else.</source>
      <translation>Hand over to someone else.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Handed over</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Held by</source>
      <translation>Held by</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Held by {name}</source>
      <translation>Held by {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>How did it end? (optional)</source>
      <translation>How did it end? (optional)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>How?</source>
      <translation>How?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Import platform refunds</source>
      <translation>Import platform refunds</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Import platform refunds…</source>
      <translation>Import platform refunds…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Imported from the platform</source>
      <translation>Imported from the platform</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>In time</source>
      <translation>In time</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Inspected</source>
      <translation>Inspected</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n} ({sku}): the quantity must be at least 1.</source>
      <translation>Item {n} ({sku}): the quantity must be at least 1.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n} ({sku}): {qty} pieces asked, but only {shipped} were shipped</source>
      <translation>Item {n} ({sku}): {qty} pieces asked, but only {shipped} were shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n} ({sku}): {qty} pieces received, but the case is about {total} and {done} came back already.</source>
      <translation>Item {n} ({sku}): {qty} pieces received, but the case is about {total} and {done} came back already.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n}: not a line of order {order_no}.</source>
      <translation>Item {n}: not a line of order {order_no}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n}: not an item of case {case_no}.</source>
      <translation>Item {n}: not an item of case {case_no}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n}: that product no longer exists.</source>
      <translation>Item {n}: that product no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n}: the quantity must be at least 1.</source>
      <translation>Item {n}: the quantity must be at least 1.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n}: {sku} is listed twice.</source>
      <translation>Item {n}: {sku} is listed twice.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Items and goods</source>
      <translation>Items and goods</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Items concerned</source>
      <translation>Items concerned</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Items: a case without an order has no items.</source>
      <translation>Items: a case without an order has no items.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Items: choose the items of the order the case is about, with their quantity.</source>
      <translation>Items: choose the items of the order the case is about, with their quantity.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Kept as it was</source>
      <translation>Kept as it was</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Last change</source>
      <translation>Last change</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Late shipping</source>
      <translation>Late shipping</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Mine</source>
      <translation>Mine</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>More ▾</source>
      <translation>More ▾</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Negative review</source>
      <translation>Negative review</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Negative reviews against</source>
      <translation>Negative reviews against</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>New after-sales case</source>
      <translation>New after-sales case</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>New after-sales case…</source>
      <translation>New after-sales case…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>New case…</source>
      <translation>New case…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>No after-sales cases were received in this period.</source>
      <translation>No after-sales cases were received in this period.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>No after-sales cases yet. Register one with “New case…”, from an order's After-sales tab, or import the platform's refund file.</source>
      <translation>No after-sales cases yet. Register one with “New case…”, from an order's After-sales tab, or import the platform's refund file.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>No defective goods. Returned goods that fail inspection come here (After-sales → Receive goods).</source>
      <translation>No defective goods. Returned goods that fail inspection come here (After-sales → Receive goods).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>No order chosen (a complaint may have none).</source>
      <translation>No order chosen (a complaint may have none).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>No order.</source>
      <translation>No order.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Nobody holds open cases.</source>
      <translation>Nobody holds open cases.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Not as described</source>
      <translation>Not as described</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Not enough defective stock of {sku}: {have} there, {want} asked.</source>
      <translation>Not enough defective stock of {sku}: {have} there, {want} asked.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Not received / items missing</source>
      <translation>Not received / items missing</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Not settled yet</source>
      <translation>Not settled yet</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Note (optional):</source>
      <translation>Note (optional):</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Note: say why the case is refused.</source>
      <translation>Note: say why the case is refused.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>On what grounds?</source>
      <translation>On what grounds?</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Only a complaint against a staff member is upheld or dismissed.</source>
      <translation>Only a complaint against a staff member is upheld or dismissed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Only a negative review has an outcome.</source>
      <translation>Only a negative review has an outcome.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Only a supervisor's override can take a refused case back.</source>
      <translation>Only a supervisor's override can take a refused case back.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Only an exchange or a repair sends a parcel to the buyer.</source>
      <translation>Only an exchange or a repair sends a parcel to the buyer.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Only complaints and reviews name a staff member.</source>
      <translation>Only complaints and reviews name a staff member.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Only returns and exchanges bring goods back.</source>
      <translation>Only returns and exchanges bring goods back.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Order or platform number (scan), then Enter</source>
      <translation>Order or platform number (scan), then Enter</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Order {order_no} is '{status}': a {type} case needs an order that has shipped.</source>
      <translation>Order {order_no} is '{status}': a {type} case needs an order that has shipped.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Order {order_no} is '{status}': nothing was paid that could be refunded.</source>
      <translation>Order {order_no} is '{status}': nothing was paid that could be refunded.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Order: a {type} case needs the order it is about.</source>
      <translation>Order: a {type} case needs the order it is about.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Outside the shop's policy</source>
      <translation>Outside the shop's policy</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Overdue only</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Overridden by {user} at {time}: {reason}</source>
      <translation>Overridden by {user} at {time}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Override reason</source>
      <translation>Override reason</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Override the policy</source>
      <translation>Override the policy</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Override the policy…</source>
      <translation>Override the policy…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Paid per piece</source>
      <translation>Paid per piece</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Parcels sent to the buyer (replacement, repaired item)</source>
      <translation>Parcels sent to the buyer (replacement, repaired item)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Period (first day, last day):</source>
      <translation>Period (first day, last day):</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Pieces</source>
      <translation>Pieces</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Pieces returned or exchanged in the period against pieces shipped in the period; the {n} worst, products shipped at least {m} times first.</source>
      <translation>Pieces returned or exchanged in the period against pieces shipped in the period; the {n} worst, products shipped at least {m} times first.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Platform chat</source>
      <translation>Platform chat</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Price or promotion</source>
      <translation>Price or promotion</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Product quality</source>
      <translation>Product quality</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Quality problem</source>
      <translation>Quality problem</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Rating</source>
      <translation>Rating</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Rating: 1 to 5 stars.</source>
      <translation>Rating: 1 to 5 stars.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Reason / category</source>
      <translation>Reason / category</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Receive</source>
      <translation>Receive</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Receive goods…</source>
      <translation>Receive goods…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Receive returned goods — {case_no}</source>
      <translation>Receive returned goods — {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Received / answered / resolved</source>
      <translation>Received / answered / resolved</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Received good + defective</source>
      <translation>Received good + defective</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Received: before the order was placed.</source>
      <translation>Received: before the order was placed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Received: it is in the future.</source>
      <translation>Received: it is in the future.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Record refund</source>
      <translation>Record refund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Refund</source>
      <translation>Refund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund date: before the order was placed.</source>
      <translation>Refund date: before the order was placed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund date: it is in the future.</source>
      <translation>Refund date: it is in the future.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund method</source>
      <translation>Refund method</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refund only</source>
      <translation>Refund only</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund ¥{amount}: more than can be refunded. The buyer paid ¥{paid} for these items; ¥{done} refunded on this case and ¥{order_done} on order {order_no}: at most ¥{left} more.</source>
      <translation>Refund ¥{amount}: more than can be refunded. The buyer paid ¥{paid} for these items; ¥{done} refunded on this case and ¥{order_done} on order {order_no}: at most ¥{left} more.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refund — {case_no}</source>
      <translation>Refund — {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund: enter an amount above 0.</source>
      <translation>Refund: enter an amount above 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refunded ¥{done}; up to ¥{left} more may be refunded (the buyer paid ¥{paid} for the order).</source>
      <translation>Refunded ¥{done}; up to ¥{left} more may be refunded (the buyer paid ¥{paid} for the order).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refunds</source>
      <translation>Refunds</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Refunds by reason (¥)</source>
      <translation>Refunds by reason (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refund…</source>
      <translation>Refund…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refused by the policy</source>
      <translation>Refused by the policy</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refused: {why}</source>
      <translation>Refused: {why}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Register as refused</source>
      <translation>Register as refused</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Register case</source>
      <translation>Register case</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Removed</source>
      <translation>Removed</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Repair</source>
      <translation>Repair</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Replacement shipment cancelled</source>
      <translation>Replacement shipment cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Replacement shipped</source>
      <translation>Replacement shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Resolution</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Resolved</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Return and refund</source>
      <translation>Return and refund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Return carrier</source>
      <translation>Return carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Return freight</source>
      <translation>Return freight</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Return freight / refund</source>
      <translation>Return freight / refund</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Return freight: {payer}. Refund: {refund}.</source>
      <translation>Return freight: {payer}. Refund: {refund}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Return parcel</source>
      <translation>Return parcel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Return parcel (carrier, tracking no.)</source>
      <translation>Return parcel (carrier, tracking no.)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Return rate</source>
      <translation>Return rate</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Return to supplier…</source>
      <translation>Return to supplier…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Return tracking number</source>
      <translation>Return tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Returned to the supplier</source>
      <translation>Returned to the supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Returns and exchanges travel by express only: {method} parcels are refused.</source>
      <translation>Returns and exchanges travel by express only: {method} parcels are refused.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Review outcome</source>
      <translation>Review outcome</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Review outcome…</source>
      <translation>Review outcome…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Review text</source>
      <translation>Review text</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Review text: copy what the buyer wrote.</source>
      <translation>Review text: copy what the buyer wrote.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Reviewed by (supervisor)</source>
      <translation>Reviewed by (supervisor)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Revised by the buyer</source>
      <translation>Revised by the buyer</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>SKU, barcode or name  (Ctrl+F)</source>
      <translation>SKU, barcode or name  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Save details</source>
      <translation>Save details</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Scrapped</source>
      <translation>Scrapped</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Scrap…</source>
      <translation>Scrap…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Select a product first.</source>
      <translation>Select a product first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Sellable stock</source>
      <translation>Sellable stock</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Service attitude</source>
      <translation>Service attitude</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Ship parcel — {case_no}</source>
      <translation>Ship parcel — {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Ship parcel…</source>
      <translation>Ship parcel…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Shipped</source>
      <translation>Shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Shop, both ways</source>
      <translation>Shop, both ways</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Signed for</source>
      <translation>Signed for</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Signed for: after the day the buyer asked.</source>
      <translation>Signed for: after the day the buyer asked.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Slow reply</source>
      <translation>Slow reply</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Someone else changed case {case_no} just now. Look at it again and redo your change.</source>
      <translation>Someone else changed case {case_no} just now. Look at it again and redo your change.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>State changed</source>
      <translation>State changed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Still open</source>
      <translation>Still open</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Still to come</source>
      <translation>Still to come</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Summary report…</source>
      <translation>Summary report…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Supervisor decides</source>
      <translation>Supervisor decides</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Supervisor override</source>
      <translation>Supervisor override</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Supervisor: a reason lets a refused case go ahead</source>
      <translation>Supervisor: a reason lets a refused case go ahead</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Surface mail (平邮)</source>
      <translation>Surface mail (平邮)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That after-sales case no longer exists.</source>
      <translation>That after-sales case no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That customer no longer exists.</source>
      <translation>That customer no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That staff member does not exist or has left.</source>
      <translation>That staff member does not exist or has left.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The case cannot go from '{current}' to '{target}'.</source>
      <translation>The case cannot go from '{current}' to '{target}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The parcel came by</source>
      <translation>The parcel came by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>The policy leaves this to the supervisor.</source>
      <translation>The policy leaves this to the supervisor.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>The policy refuses this return: {why} Register it first; a supervisor may override it.</source>
      <translation>The policy refuses this return: {why} Register it first; a supervisor may override it.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The policy said: {text}</source>
      <translation>The policy said: {text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The policy says: {policy}

Why may this case go ahead? (kept on the timeline and in the audit log)</source>
      <translation>The policy says: {policy}

Why may this case go ahead? (kept on the timeline and in the audit log)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>The policy settles case {case_no} without a refund; a supervisor's override is needed to refund it.</source>
      <translation>The policy settles case {case_no} without a refund; a supervisor's override is needed to refund it.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The repaired item goes back to the buyer; the stock does not change.</source>
      <translation>The repaired item goes back to the buyer; the stock does not change.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The replacement leaves the stock.</source>
      <translation>The replacement leaves the stock.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The return policy does not apply to this type of case.</source>
      <translation>The return policy does not apply to this type of case.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The shop's policy</source>
      <translation>The shop's policy</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The shop's policy refuses this case:
{why}

It will be registered as refused; a supervisor may override it. Register it?</source>
      <translation>The shop's policy refuses this case:
{why}

It will be registered as refused; a supervisor may override it. Register it?</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The sign-for date is not known: counted from the shipping day. Enter the sign-for date from the tracking to count exactly.</source>
      <translation>The sign-for date is not known: counted from the shipping day. Enter the sign-for date from the tracking to count exactly.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The supervisor decides.</source>
      <translation>The supervisor decides.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>The supervisor's fortnightly review</source>
      <translation>The supervisor's fortnightly review</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>There is no supervisor to escalate to: add one under Staff &amp; accounts.</source>
      <translation>There is no supervisor to escalate to: add one under Staff &amp; accounts.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>These details cannot be changed here: {names}</source>
      <translation>These details cannot be changed here: {names}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>This case has no order: nothing was paid that could be refunded.</source>
      <translation>This case has no order: nothing was paid that could be refunded.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Through the platform</source>
      <translation>Through the platform</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Timeline</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Timeliness</source>
      <translation>Timeliness</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Tracking number</source>
      <translation>Tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Upheld: the staff member was at fault</source>
      <translation>Upheld: the staff member was at fault</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Waiting for the buyer</source>
      <translation>Waiting for the buyer</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Waiting for the goods</source>
      <translation>Waiting for the goods</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>WeChat Pay</source>
      <translation>WeChat Pay</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What became of the review?</source>
      <translation>What became of the review?</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>What the buyer says</source>
      <translation>What the buyer says</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What the buyer says, in their words</source>
      <translation>What the buyer says, in their words</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What the inspection found</source>
      <translation>What the inspection found</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What was said or agreed:</source>
      <translation>What was said or agreed:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Who?</source>
      <translation>Who?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Why does the supervisor need to decide?</source>
      <translation>Why does the supervisor need to decide?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Why is parcel {tracking} cancelled? Its goods come back to the stock.</source>
      <translation>Why is parcel {tracking} cancelled? Its goods come back to the stock.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Why is the case refused?</source>
      <translation>Why is the case refused?</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Within the policy</source>
      <translation>Within the policy</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Worst products (return rate)</source>
      <translation>Worst products (return rate)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Wrong or missing item</source>
      <translation>Wrong or missing item</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>against {name}</source>
      <translation>against {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>defective goods {how} −{qty}: {reason}</source>
      <translation>defective goods {how} −{qty}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>delivery</source>
      <translation>delivery</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>dismissed</source>
      <translation>dismissed</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>e.g. leaves the shop on 30 November</source>
      <translation>e.g. leaves the shop on 30 November</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>handed over</source>
      <translation>handed over</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>not phoned yet</source>
      <translation>not phoned yet</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>paid ¥{amount}</source>
      <translation>paid ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>parcel by {method}</source>
      <translation>parcel by {method}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>phoned {time}</source>
      <translation>phoned {time}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>platform refund {number} ({status})</source>
      <translation>platform refund {number} ({status})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>shipped {day}</source>
      <translation>shipped {day}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>shipping</source>
      <translation>shipping</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>signed for {day}</source>
      <translation>signed for {day}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>upheld</source>
      <translation>upheld</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{before} → {after}</source>
      <translation>{before} → {after}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: complaint {verdict}</source>
      <translation>{case_no}: complaint {verdict}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: contacted the buyer by {method}</source>
      <translation>{case_no}: contacted the buyer by {method}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: escalated to {name}</source>
      <translation>{case_no}: escalated to {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{case_no}: goods received, {good} good, {bad} defective</source>
      <translation>{case_no}: goods received, {good} good, {bad} defective</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: note</source>
      <translation>{case_no}: note</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{case_no}: parcel {tracking_no} cancelled ({reason})</source>
      <translation>{case_no}: parcel {tracking_no} cancelled ({reason})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: policy overridden ({reason})</source>
      <translation>{case_no}: policy overridden ({reason})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{field}: a whole number from 0.</source>
      <translation>{field}: a whole number from 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{good} good (back in stock), {bad} defective (次品)</source>
      <translation>{good} good (back in stock), {bad} defective (次品)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>{item} and {n} more</source>
      <translation>{item} and {n} more</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{method} parcels are refused (拒签): returns come by express only. A supervisor may override the policy for this case.</source>
      <translation>{method} parcels are refused (拒签): returns come by express only. A supervisor may override the policy for this case.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>{name} ({n} open)</source>
      <translation>{name} ({n} open)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>{n} open cases handed over.</source>
      <translation>{n} open cases handed over.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>{reason} is settled by an exchange, not a refund.</source>
      <translation>{reason} is settled by an exchange, not a refund.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>{reason}: only within {w} days of delivery; this is day {n}.</source>
      <translation>{reason}: only within {w} days of delivery; this is day {n}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>{reason}: the goods must come back first (return and refund).</source>
      <translation>{reason}: the goods must come back first (return and refund).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>{sku} {name}: how many of the {n} defective pieces?</source>
      <translation>{sku} {name}: how many of the {n} defective pieces?</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>¥{amount} {method}</source>
      <translation>¥{amount} {method}</translation>
    </message>
  </context>
  <context>
    <name>Alerts</name>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Batches in stock past their expiry date: book them as damage (报损).</source>
      <translation>Batches in stock past their expiry date: book them as damage (报损).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Batches in stock that expire within {n} days (soonest first).</source>
      <translation>Batches in stock that expire within {n} days (soonest first).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Book as damage</source>
      <translation>Book as damage</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Book as damage (报损)…</source>
      <translation>Book as damage (报损)…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Book {which} as damage (报损)? Their remaining pieces leave the stock; the movements are kept in the ledger.</source>
      <translation>Book {which} as damage (报损)? Their remaining pieces leave the stock; the movements are kept in the ledger.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Choose the expired batches to book as damage.</source>
      <translation>Choose the expired batches to book as damage.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Damage −{n}: expired batch of {date} ({note})</source>
      <translation>Damage −{n}: expired batch of {date} ({note})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Days expired</source>
      <translation>Days expired</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Days left</source>
      <translation>Days left</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Days without sale</source>
      <translation>Days without sale</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Expired {date}: {note}</source>
      <translation>Expired {date}: {note}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Expiring</source>
      <translation>Expiring</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Expiry date</source>
      <translation>Expiry date</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Inventory alerts</source>
      <translation>Inventory alerts</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Last sale</source>
      <translation>Last sale</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Listed products below {n} pieces or their own threshold.</source>
      <translation>Listed products below {n} pieces or their own threshold.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Listed products in stock without a sale for {n} days.</source>
      <translation>Listed products in stock without a sale for {n} days.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Low stock</source>
      <translation>Low stock</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Low stock: below {threshold} pieces (or the product's own threshold). Expired: past the expiry date, to book as damage. Expiring: within {days} days. Slow movers: no sale for {slow} days. Change these in Settings.</source>
      <translation>Low stock: below {threshold} pieces (or the product's own threshold). Expired: past the expiry date, to book as damage. Expiring: within {days} days. Slow movers: no sale for {slow} days. Change these in Settings.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Missing to threshold</source>
      <translation>Missing to threshold</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>No expired batch is in stock.</source>
      <translation>No expired batch is in stock.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>None of these batches is expired and in stock any more.</source>
      <translation>None of these batches is expired and in stock any more.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Nothing to report.</source>
      <translation>Nothing to report.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Nothing to worry about here.</source>
      <translation>Nothing to worry about here.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Pieces in this batch</source>
      <translation>Pieces in this batch</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Print alerts…</source>
      <translation>Print alerts…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Production date</source>
      <translation>Production date</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Slow movers</source>
      <translation>Slow movers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Stock value (cost)</source>
      <translation>Stock value (cost)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>The first {n} of {total} rows; export to Excel for all of them.</source>
      <translation>The first {n} of {total} rows; export to Excel for all of them.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Threshold</source>
      <translation>Threshold</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Value at cost: ¥{value}.</source>
      <translation>Value at cost: ¥{value}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>all {n} expired batches</source>
      <translation>all {n} expired batches</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>expired</source>
      <translation>expired</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>the {n} selected batches</source>
      <translation>the {n} selected batches</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>{pieces} pieces of {n} batches booked as damage.</source>
      <translation>{pieces} pieces of {n} batches booked as damage.</translation>
    </message>
  </context>
  <context>
    <name>Appraisal</name>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source> (provisional: not everyone has scored)</source>
      <translation> (provisional: not everyone has scored)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source> — must be 100</source>
      <translation> — must be 100</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source> — overdue</source>
      <translation> — overdue</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>'{line}' is not scored by customers.</source>
      <translation>'{line}' is not scored by customers.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>'{line}' is not scored by the {source}.</source>
      <translation>'{line}' is not scored by the {source}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>(Sales amount − last month's) ÷ last month's. No sales last month: full score if there are sales this month.</source>
      <translation>(Sales amount − last month's) ÷ last month's. No sales last month: full score if there are sales this month.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>(any supervisor; the owner for supervisors)</source>
      <translation>(any supervisor; the owner for supervisors)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_results.py" />
      <source>(owner only)</source>
      <translation>(owner only)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>(the shop)</source>
      <translation>(the shop)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>A self-assessment is for oneself only: {name} scores their own appraisal.</source>
      <translation>A self-assessment is for oneself only: {name} scores their own appraisal.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>A template needs at least one indicator.</source>
      <translation>A template needs at least one indicator.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Actual</source>
      <translation>Actual</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Add a customer score</source>
      <translation>Add a customer score</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Add a customer score…</source>
      <translation>Add a customer score…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Add line</source>
      <translation>Add line</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Add new staff</source>
      <translation>Add new staff</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Annual appraisal</source>
      <translation>Annual appraisal</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Annual appraisal {year}</source>
      <translation>Annual appraisal {year}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Appraisal</source>
      <translation>Appraisal</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Appraisal form {month} — {name}</source>
      <translation>Appraisal form {month} — {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Appraisal report {month}: {n} forms</source>
      <translation>Appraisal report {month}: {n} forms</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Appraisal template: {role}</source>
      <translation>Appraisal template: {role}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Appraisal {month}</source>
      <translation>Appraisal {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month} opened: {n} employees</source>
      <translation>Appraisal {month} opened: {n} employees</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month} reopened ({names}): {reason}</source>
      <translation>Appraisal {month} reopened ({names}): {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month} signed off and locked</source>
      <translation>Appraisal {month} signed off and locked</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month}, due by {due}{late}: {what}.</source>
      <translation>Appraisal {month}, due by {due}{late}: {what}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Appraisal {month}: {created} new, {total} employees in all. They can score now; it is due by {due}.</source>
      <translation>Appraisal {month}: {created} new, {total} employees in all. They can score now; it is due by {due}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month}: {grade} ({total})</source>
      <translation>Appraisal {month}: {grade} ({total})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraised</source>
      <translation>Appraised</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Appraised every month</source>
      <translation>Appraised every month</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Approved leave of every kind, in days.</source>
      <translation>Approved leave of every kind, in days.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Average</source>
      <translation>Average</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Average of the months signed off for the person (months still being scored are left out); grade by the same thresholds as the monthly appraisal.</source>
      <translation>Average of the months signed off for the person (months still being scored are left out); grade by the same thresholds as the monthly appraisal.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Average order value</source>
      <translation>Average order value</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Average score</source>
      <translation>Average score</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Average total</source>
      <translation>Average total</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Bands</source>
      <translation>Bands</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Bands: '≥95:100; ≥90:90; *:40' (higher is better) or '≤0:100; ≤2:80; *:0' (lower is better); the first band met gives the score. Linear: actual ÷ target × 100, at most 100. A month already opened keeps its own copy.</source>
      <translation>Bands: '≥95:100; ≥90:90; *:40' (higher is better) or '≤0:100; ≤2:80; *:0' (lower is better); the first band met gives the score. Linear: actual ÷ target × 100, at most 100. A month already opened keeps its own copy.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Choose a colleague first.</source>
      <translation>Choose a colleague first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Choose a customer score first.</source>
      <translation>Choose a customer score first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Choose a person first.</source>
      <translation>Choose a person first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Choose an employee first.</source>
      <translation>Choose an employee first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Clock-in</source>
      <translation>Clock-in</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Clock-out</source>
      <translation>Clock-out</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Colleague</source>
      <translation>Colleague</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Colleagues I score (anonymously) in</source>
      <translation>Colleagues I score (anonymously) in</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Comment: at most {n} characters.</source>
      <translation>Comment: at most {n} characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaint resolution rate</source>
      <translation>Complaint resolution rate</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaint-handling timeliness rate</source>
      <translation>Complaint-handling timeliness rate</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Complaints received in the month that the person handled; in time: answered within {hours} hours.</source>
      <translation>Complaints received in the month that the person handled; in time: answered within {hours} hours.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaints resolved ÷ complaints received. No complaints: full score.</source>
      <translation>Complaints resolved ÷ complaints received. No complaints: full score.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaints the person handled that were answered within the set hours ÷ complaints received. No complaints: full score.</source>
      <translation>Complaints the person handled that were answered within the set hours ÷ complaints received. No complaints: full score.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Computing the indicators…</source>
      <translation>Computing the indicators…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customer development</source>
      <translation>Customer development</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customer satisfaction</source>
      <translation>Customer satisfaction</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Customer score</source>
      <translation>Customer score</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Customer scores (revisits, satisfaction results)</source>
      <translation>Customer scores (revisits, satisfaction results)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Customer scores are added one by one (from a revisit or a satisfaction result).</source>
      <translation>Customer scores are added one by one (from a revisit or a satisfaction result).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customer service</source>
      <translation>Customer service</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customers whose first purchase (paid, not cancelled) is an order this person took, paid in the month.</source>
      <translation>Customers whose first purchase (paid, not cancelled) is an order this person took, paid in the month.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Days absent</source>
      <translation>Days absent</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Days of leave</source>
      <translation>Days of leave</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Discipline</source>
      <translation>Discipline</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Double-click to see what it counts.</source>
      <translation>Double-click to see what it counts.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Each order made its customer a new customer.</source>
      <translation>Each order made its customer a new customer.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Each person's months, average and rank</source>
      <translation>Each person's months, average and rank</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Each source</source>
      <translation>Each source</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Early leaves</source>
      <translation>Early leaves</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Edit team and supervisor…</source>
      <translation>Edit team and supervisor…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Employee</source>
      <translation>Employee</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Employee's comment</source>
      <translation>Employee's comment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Employee's comment: {text}</source>
      <translation>Employee's comment: {text}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Employees</source>
      <translation>Employees</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Employees per grade</source>
      <translation>Employees per grade</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Entered</source>
      <translation>Entered</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Excellent</source>
      <translation>Excellent</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Execution</source>
      <translation>Execution</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Find a name…</source>
      <translation>Find a name…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Fines</source>
      <translation>Fines</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Fines (¥)</source>
      <translation>Fines (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Fines recorded for the person in the month.</source>
      <translation>Fines recorded for the person in the month.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>First answer after (h:mm)</source>
      <translation>First answer after (h:mm)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Forms: {n} of {total}</source>
      <translation>Forms: {n} of {total}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Freight</source>
      <translation>Freight</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Good</source>
      <translation>Good</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Grade distribution</source>
      <translation>Grade distribution</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Gross profit</source>
      <translation>Gross profit</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Growth against last month</source>
      <translation>Growth against last month</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Growth fund entry</source>
      <translation>Growth fund entry</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Improved most against last month</source>
      <translation>Improved most against last month</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>In time</source>
      <translation>In time</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Inbound goods and stocktakes on time</source>
      <translation>Inbound goods and stocktakes on time</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Indicators</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Initiative</source>
      <translation>Initiative</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>January: print the annual appraisal of {year}.</source>
      <translation>January: print the annual appraisal of {year}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Last month</source>
      <translation>Last month</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Late arrivals</source>
      <translation>Late arrivals</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Leave</source>
      <translation>Leave</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Line {n} ({name})</source>
      <translation>Line {n} ({name})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Line {n}: the target '{value}' is not a number.</source>
      <translation>Line {n}: the target '{value}' is not a number.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Line {n}: the weight '{value}' is not a whole number.</source>
      <translation>Line {n}: the weight '{value}' is not a whole number.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Linear to target</source>
      <translation>Linear to target</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Listings and promotions</source>
      <translation>Listings and promotions</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Min early</source>
      <translation>Min early</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Min late</source>
      <translation>Min late</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Month overview</source>
      <translation>Month overview</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Month {month}…</source>
      <translation>Month {month}…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Month:</source>
      <translation>Month:</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Month: write it like 2026-10 (got '{text}').</source>
      <translation>Month: write it like 2026-10 (got '{text}').</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Monthly appraisal</source>
      <translation>Monthly appraisal</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Monthly appraisal {month}</source>
      <translation>Monthly appraisal {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Months appraised</source>
      <translation>Months appraised</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>My appraisal</source>
      <translation>My appraisal</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>My appraisals (only you, your supervisor and the owner see them)</source>
      <translation>My appraisals (only you, your supervisor and the owner see them)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>M{n}</source>
      <translation>M{n}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Name (optional)</source>
      <translation>Name (optional)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Negative reviews</source>
      <translation>Negative reviews</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Negative-review cases received in the month against this person.</source>
      <translation>Negative-review cases received in the month against this person.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>New customers</source>
      <translation>New customers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>No appraisal of {year} has been signed off yet.</source>
      <translation>No appraisal of {year} has been signed off yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Nobody can be compared with last month (no appraisal then, or no rise).</source>
      <translation>Nobody can be compared with last month (no appraisal then, or no rise).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Nobody is their own supervisor.</source>
      <translation>Nobody is their own supervisor.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Not counted (their module is not installed): {names}. The total is scaled up to a weight of 100: {sum} × 100 ÷ {weight} = {total}.</source>
      <translation>Not counted (their module is not installed): {names}. The total is scaled up to a weight of 100: {sum} × 100 ÷ {weight} = {total}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Not opened yet. Due by {due}.</source>
      <translation>Not opened yet. Due by {due}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Not signed off yet: {state}</source>
      <translation>Not signed off yet: {state}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Not signed: {names} still have indicators nobody scored (first: {name}, '{line}'). Nothing was signed.</source>
      <translation>Not signed: {names} still have indicators nobody scored (first: {name}, '{line}'). Nothing was signed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Note: at most 200 characters.</source>
      <translation>Note: at most 200 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Note: say where the score comes from (revisit, survey, customer).</source>
      <translation>Note: say where the score comes from (revisit, survey, customer).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Nothing left for you to score.</source>
      <translation>Nothing left for you to score.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Nothing to reopen: that appraisal of {month} is not signed off.</source>
      <translation>Nothing to reopen: that appraisal of {month} is not signed off.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Only a computed indicator has a target.</source>
      <translation>Only a computed indicator has a target.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Only colleagues of {name}'s team score {name} as peers.</source>
      <translation>Only colleagues of {name}'s team score {name} as peers.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Only the owner sees profit figures.</source>
      <translation>Only the owner sees profit figures.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Open my form</source>
      <translation>Open my form</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Open the month</source>
      <translation>Open the month</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Order count</source>
      <translation>Order count</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Order number</source>
      <translation>Order number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Order total</source>
      <translation>Order total</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Orders the person took (order's staff), paid in the month and not cancelled or closed: Σ order totals (goods + freight − discount).</source>
      <translation>Orders the person took (order's staff), paid in the month and not cancelled or closed: Σ order totals (goods + freight − discount).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Orders the person took, paid in the month and not cancelled or closed.</source>
      <translation>Orders the person took, paid in the month and not cancelled or closed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Orders the person took, paid in the month, that came back.</source>
      <translation>Orders the person took, paid in the month, that came back.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Orders the person took, paid in the month, with a return ÷ those orders. No orders: full score.</source>
      <translation>Orders the person took, paid in the month, with a return ÷ those orders. No orders: full score.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Other (named)</source>
      <translation>Other (named)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Paid at</source>
      <translation>Paid at</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Parcels shipped</source>
      <translation>Parcels shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Parcels the person shipped in the month (cancelled shipments left out).</source>
      <translation>Parcels the person shipped in the month (cancelled shipments left out).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Peer scores</source>
      <translation>Peer scores</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Peers</source>
      <translation>Peers</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Peers are the colleagues of the same team (supervisors with supervisors); a change applies to months opened afterwards.</source>
      <translation>Peers are the colleagues of the same team (supervisors with supervisors); a change applies to months opened afterwards.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Peers still to score: {names}</source>
      <translation>Peers still to score: {names}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Poor</source>
      <translation>Poor</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Print my form…</source>
      <translation>Print my form…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Print report…</source>
      <translation>Print report…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Provisional: not everyone has scored yet.</source>
      <translation>Provisional: not everyone has scored yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Put the template of the {role} back to the shop's defaults?</source>
      <translation>Put the template of the {role} back to the shop's defaults?</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Quality of pictures and descriptions</source>
      <translation>Quality of pictures and descriptions</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Quality of work</source>
      <translation>Quality of work</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Ranking</source>
      <translation>Ranking</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Ready to sign off</source>
      <translation>Ready to sign off</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Reason: at most 200 characters.</source>
      <translation>Reason: at most 200 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Reason: say why the appraisal is reopened.</source>
      <translation>Reason: say why the appraisal is reopened.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Remove line</source>
      <translation>Remove line</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Remove this customer score?</source>
      <translation>Remove this customer score?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Reopen the appraisal of {who}. Why? (kept in the audit log)</source>
      <translation>Reopen the appraisal of {who}. Why? (kept in the audit log)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Reopen {month}</source>
      <translation>Reopen {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Reopen…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Resolved</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Restore defaults…</source>
      <translation>Restore defaults…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Return rate of orders taken</source>
      <translation>Return rate of orders taken</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Rewards and fines for the grades were recorded in the growth fund: {names}.</source>
      <translation>Rewards and fines for the grades were recorded in the growth fund: {names}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Role:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount</source>
      <translation>Sales amount</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount ÷ order count (客单价).</source>
      <translation>Sales amount ÷ order count (客单价).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount ÷ the monthly sales target (the target of this line). Linear: the completion rate, capped at 100.</source>
      <translation>Sales amount ÷ the monthly sales target (the target of this line). Linear: the completion rate, capped at 100.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount − freight − cost of goods (today's product cost × quantity). Only the owner sees the figure and its target.</source>
      <translation>Sales amount − freight − cost of goods (today's product cost × quantity). Only the owner sees the figure and its target.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales performance</source>
      <translation>Sales performance</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales target completion</source>
      <translation>Sales target completion</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Save scores</source>
      <translation>Save scores</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Save template</source>
      <translation>Save template</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scheduled days without attendance or approved leave (旷工).</source>
      <translation>Scheduled days without attendance or approved leave (旷工).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Score / view…</source>
      <translation>Score / view…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Score the colleague…</source>
      <translation>Score the colleague…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Score yourself 0–100 on each line of the last column; your supervisor and the owner see it.</source>
      <translation>Score yourself 0–100 on each line of the last column; your supervisor and the owner see it.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scored 0–100</source>
      <translation>Scored 0–100</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Scored by</source>
      <translation>Scored by</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scored by the colleagues of the team (团队互评).</source>
      <translation>Scored by the colleagues of the team (团队互评).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Scored by you</source>
      <translation>Scored by you</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scores from revisits and satisfaction results (客户评价).</source>
      <translation>Scores from revisits and satisfaction results (客户评价).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Self</source>
      <translation>Self</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Self-assessment</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Self-assessment…</source>
      <translation>Self-assessment…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sense of responsibility</source>
      <translation>Sense of responsibility</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Shipped at</source>
      <translation>Shipped at</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shipping accuracy (right goods, same day)</source>
      <translation>Shipping accuracy (right goods, same day)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shop complaint resolution rate</source>
      <translation>Shop complaint resolution rate</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shop growth against last month</source>
      <translation>Shop growth against last month</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shop sales target completion</source>
      <translation>Shop sales target completion</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off every appraisal of {month} and lock the month?</source>
      <translation>Sign off every appraisal of {month} and lock the month?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off the appraisal of {name} for {month}? It is then locked.</source>
      <translation>Sign off the appraisal of {name} for {month}? It is then locked.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off the month</source>
      <translation>Sign off the month</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Signed off</source>
      <translation>Signed off</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Signed off {day} by {name}</source>
      <translation>Signed off {day} by {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Someone changed this appraisal meanwhile. Close the form and open it again.</source>
      <translation>Someone changed this appraisal meanwhile. Close the form and open it again.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Someone changed this template meanwhile. Close it and open it again.</source>
      <translation>Someone changed this template meanwhile. Close it and open it again.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Source of scores</source>
      <translation>Source of scores</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Stars</source>
      <translation>Stars</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Still to score</source>
      <translation>Still to score</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Still to score: {names}. Their scores will be missing.</source>
      <translation>Still to score: {names}. Their scores will be missing.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Stock accuracy (books match the shelves)</source>
      <translation>Stock accuracy (books match the shelves)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Supervisor's comment</source>
      <translation>Supervisor's comment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Supervisor's comment: {text}</source>
      <translation>Supervisor's comment: {text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Supervisor's scores</source>
      <translation>Supervisor's scores</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Target / rule</source>
      <translation>Target / rule</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Team (peers score each other within it)</source>
      <translation>Team (peers score each other within it)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Team and supervisor of {name}</source>
      <translation>Team and supervisor of {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Team management (meetings, training, handover)</source>
      <translation>Team management (meetings, training, handover)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Team summary {month}</source>
      <translation>Team summary {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Team: at most 40 characters.</source>
      <translation>Team: at most 40 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Teams</source>
      <translation>Teams</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Teamwork</source>
      <translation>Teamwork</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Teamwork and cooperation</source>
      <translation>Teamwork and cooperation</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Templates</source>
      <translation>Templates</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>That appraisal no longer exists.</source>
      <translation>That appraisal no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>That customer score no longer exists.</source>
      <translation>That customer score no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>That indicator is not part of this appraisal.</source>
      <translation>That indicator is not part of this appraisal.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} has not been opened yet.</source>
      <translation>The appraisal of {month} has not been opened yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} is already signed off.</source>
      <translation>The appraisal of {month} is already signed off.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} is not open yet: open it; it is due by {due} (次月上旬).</source>
      <translation>The appraisal of {month} is not open yet: open it; it is due by {due} (次月上旬).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} is signed off and locked. Only the owner can reopen it, with a reason.</source>
      <translation>The appraisal of {month} is signed off and locked. Only the owner can reopen it, with a reason.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>The appraisal of {name} for {month} is signed off and locked. Only the owner can reopen it, with a reason.</source>
      <translation>The appraisal of {name} for {month} is signed off and locked. Only the owner can reopen it, with a reason.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>The first {n} of {total} are listed.</source>
      <translation>The first {n} of {total} are listed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>The self-assessment of {month} opens on {day} (at the month's end).</source>
      <translation>The self-assessment of {month} opens on {day} (at the month's end).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>The shop's defaults (not edited yet)</source>
      <translation>The shop's defaults (not edited yet)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>The supervisor must be a supervisor or the owner.</source>
      <translation>The supervisor must be a supervisor or the owner.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>The template of the {role} was saved. Months opened from now on use it.</source>
      <translation>The template of the {role} was saved. Months opened from now on use it.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The weights of the four sources of scores add up to {sum}, not 100. Nothing was saved.</source>
      <translation>The weights of the four sources of scores add up to {sum}, not 100. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The weights of the indicators add up to {sum}, not 100. Nothing was saved.</source>
      <translation>The weights of the indicators add up to {sum}, not 100. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The whole shop's complaints resolved ÷ received.</source>
      <translation>The whole shop's complaints resolved ÷ received.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The whole shop's sales amount against last month's.</source>
      <translation>The whole shop's sales amount against last month's.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The whole shop's sales amount of the month ÷ the target of this line.</source>
      <translation>The whole shop's sales amount of the month ÷ the target of this line.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The {role} is not appraised.</source>
      <translation>The {role} is not appraised.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>There is no appraisal of yours yet.</source>
      <translation>There is no appraisal of yours yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>There is no appraisal of {month} for you to print.</source>
      <translation>There is no appraisal of {month} for you to print.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>There is no appraisal template for the role '{role}'.</source>
      <translation>There is no appraisal template for the role '{role}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>This indicator is scored by people; there is nothing to count.</source>
      <translation>This indicator is scored by people; there is nothing to count.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Times late in the month, from the roster and the clock.</source>
      <translation>Times late in the month, from the roster and the clock.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Times the person left before the end of the shift.</source>
      <translation>Times the person left before the end of the shift.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Total score</source>
      <translation>Total score</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Tracking number</source>
      <translation>Tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Type a score 0–100</source>
      <translation>Type a score 0–100</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Unknown indicator '{key}'.</source>
      <translation>Unknown indicator '{key}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Unknown way of scoring '{mode}'.</source>
      <translation>Unknown way of scoring '{mode}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for customer scores</source>
      <translation>Waiting for customer scores</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for peers</source>
      <translation>Waiting for peers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for self-assessment</source>
      <translation>Waiting for self-assessment</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for the supervisor</source>
      <translation>Waiting for the supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Weight</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Weight %</source>
      <translation>Weight %</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Weight of the {source} score: a whole number 0–100.</source>
      <translation>Weight of the {source} score: a whole number 0–100.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Weighted</source>
      <translation>Weighted</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Weights of the sources of scores:</source>
      <translation>Weights of the sources of scores:</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Work attitude</source>
      <translation>Work attitude</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Work delivered on time</source>
      <translation>Work delivered on time</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Writing the PDF…</source>
      <translation>Writing the PDF…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Year: write it like 2026 (got '{text}').</source>
      <translation>Year: write it like 2026 (got '{text}').</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You are not {name}'s supervisor.</source>
      <translation>You are not {name}'s supervisor.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You cannot enter customer scores for your own appraisal.</source>
      <translation>You cannot enter customer scores for your own appraisal.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You cannot give yourself the supervisor's score.</source>
      <translation>You cannot give yourself the supervisor's score.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You cannot score yourself as a peer; fill in your self-assessment instead.</source>
      <translation>You cannot score yourself as a peer; fill in your self-assessment instead.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You may see only your own appraisal result.</source>
      <translation>You may see only your own appraisal result.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Your account is not linked to a staff member.</source>
      <translation>Your account is not linked to a staff member.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Your comment (the employee's)</source>
      <translation>Your comment (the employee's)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Your score</source>
      <translation>Your score</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Your scores are anonymous: {name} sees only the mean of all colleagues.</source>
      <translation>Your scores are anonymous: {name} sees only the mean of all colleagues.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>after-sales</source>
      <translation>after-sales</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>e.g. revisit 10-12, Ms Wang: very satisfied</source>
      <translation>e.g. revisit 10-12, Ms Wang: very satisfied</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>every employee</source>
      <translation>every employee</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>left</source>
      <translation>left</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>locked</source>
      <translation>locked</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>n/a</source>
      <translation>n/a</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>no sales last month</source>
      <translation>no sales last month</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>not opened</source>
      <translation>not opened</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>orders</source>
      <translation>orders</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>peers scored: {n} of {total}</source>
      <translation>peers scored: {n} of {total}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>roster and attendance</source>
      <translation>roster and attendance</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>scored by: {who}</source>
      <translation>scored by: {who}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>signed off</source>
      <translation>signed off</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>your self-assessment</source>
      <translation>your self-assessment</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{month} has not begun yet; a month is appraised at its end.</source>
      <translation>{month} has not begun yet; a month is appraised at its end.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>{month} {name}: customer score</source>
      <translation>{month} {name}: customer score</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{month} {name}: signed off, {total} {grade}</source>
      <translation>{month} {name}: signed off, {total} {grade}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{month} {name}: target</source>
      <translation>{month} {name}: target</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>{month} {name}: {source} score</source>
      <translation>{month} {name}: {source} score</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>{name} · {role} · {month}</source>
      <translation>{name} · {role} · {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{name}: nobody has scored '{line}' yet; it cannot be signed off.</source>
      <translation>{name}: nobody has scored '{line}' yet; it cannot be signed off.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{name}: {total}, {grade}. Signed off and locked.</source>
      <translation>{name}: {total}, {grade}. Signed off and locked.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{n} appraisal(s) reopened. A reward or fine already recorded for a grade stays in the growth fund.</source>
      <translation>{n} appraisal(s) reopened. A reward or fine already recorded for a grade stays in the growth fund.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{n} appraisal(s) to sign off</source>
      <translation>{n} appraisal(s) to sign off</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{n} appraisals of {month} signed off; the month is locked.</source>
      <translation>{n} appraisals of {month} signed off; the month is locked.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{n} colleague(s) as a peer</source>
      <translation>{n} colleague(s) as a peer</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{n} employee(s) as supervisor</source>
      <translation>{n} employee(s) as supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{n} employees · {signed} signed off · due by {due}</source>
      <translation>{n} employees · {signed} signed off · due by {due}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>{n} in all</source>
      <translation>{n} in all</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} min early</source>
      <translation>{n} min early</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} min late</source>
      <translation>{n} min late</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{n} of {total}</source>
      <translation>{n} of {total}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} of {total} complaints answered in time</source>
      <translation>{n} of {total} complaints answered in time</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} of {total} complaints resolved</source>
      <translation>{n} of {total} complaints resolved</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} of {total} orders with a return</source>
      <translation>{n} of {total} orders with a return</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} orders</source>
      <translation>{n} orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{n} score(s)</source>
      <translation>{n} score(s)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{source} score</source>
      <translation>{source} score</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what} is computed from the records; choose linear or bands, not a direct score.</source>
      <translation>{what} is computed from the records; choose linear or bands, not a direct score.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what} is in the template twice.</source>
      <translation>{what} is in the template twice.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '*' (everything else) must be the last band.</source>
      <translation>{what}: '*' (everything else) must be the last band.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{part}' is not a band; write it like '≥95:100' or '≤2:80', and '*:40' for everything else.</source>
      <translation>{what}: '{part}' is not a band; write it like '≥95:100' or '≤2:80', and '*:40' for everything else.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{part}' needs a number after {op}.</source>
      <translation>{what}: '{part}' needs a number after {op}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{part}': a score is between 0 and 100.</source>
      <translation>{what}: '{part}': a score is between 0 and 100.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{value}' is not a number.</source>
      <translation>{what}: '{value}' is not a number.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: a linear score needs a target above 0.</source>
      <translation>{what}: a linear score needs a target above 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: a score is between 0 and 100 (got {value}).</source>
      <translation>{what}: a score is between 0 and 100 (got {value}).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: choose who scores it (self, supervisor, peers, customers).</source>
      <translation>{what}: choose who scores it (self, supervisor, peers, customers).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: every source that scores it has weight 0; give one of them a weight.</source>
      <translation>{what}: every source that scores it has weight 0; give one of them a weight.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: give the indicator a name.</source>
      <translation>{what}: give the indicator a name.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: lower is better here, so score it with bands such as '≤0:100; ≤2:80; *:0'.</source>
      <translation>{what}: lower is better here, so score it with bands such as '≤0:100; ≤2:80; *:0'.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: name the monthly sales target (¥).</source>
      <translation>{what}: name the monthly sales target (¥).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: not a number.</source>
      <translation>{what}: not a number.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: the name is at most 60 characters.</source>
      <translation>{what}: the name is at most 60 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{what}: the target must be above 0.</source>
      <translation>{what}: the target must be above 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: the weight is a whole number 0–100.</source>
      <translation>{what}: the weight is a whole number 0–100.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: unknown group '{group}'.</source>
      <translation>{what}: unknown group '{group}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: unknown scoring rule '{rule}'.</source>
      <translation>{what}: unknown scoring rule '{rule}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: use either ≥ (higher is better) or ≤ (lower is better) in all bands, not both.</source>
      <translation>{what}: use either ≥ (higher is better) or ≤ (lower is better) in all bands, not both.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: write bands like '≥95:100; ≥90:90; *:40'.</source>
      <translation>{what}: write bands like '≥95:100; ≥90:90; *:40'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>¥{amount}</source>
      <translation>¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>¥{amount} ÷ {n} orders</source>
      <translation>¥{amount} ÷ {n} orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>¥{this} against ¥{last}</source>
      <translation>¥{this} against ¥{last}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Σ weights: {n} %</source>
      <translation>Σ weights: {n} %</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source> (next day)</source>
      <translation> (next day)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>'{value}' has no date: choose the date column (日期) too</source>
      <translation>'{value}' has no date: choose the date column (日期) too</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>'{value}' is not a date</source>
      <translation>'{value}' is not a date</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>'{value}' is not a punch time (write it like 08:57)</source>
      <translation>'{value}' is not a punch time (write it like 08:57)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>A punch at {time} exists already; wait a moment.</source>
      <translation>A punch at {time} exists already; wait a moment.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Absent days</source>
      <translation>Absent days</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>All punches</source>
      <translation>All punches</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>At work</source>
      <translation>At work</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Attendance {month}</source>
      <translation>Attendance {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Choose a person, then the day to correct.</source>
      <translation>Choose a person, then the day to correct.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Choose the column of the punch time (打卡时间), or the clock-in and clock-out columns (上班打卡 / 下班打卡).</source>
      <translation>Choose the column of the punch time (打卡时间), or the clock-in and clock-out columns (上班打卡 / 下班打卡).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Choose the column of the staff number (工号) or of the name (姓名).</source>
      <translation>Choose the column of the staff number (工号) or of the name (姓名).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock in</source>
      <translation>Clock in</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock out</source>
      <translation>Clock out</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Clock-in</source>
      <translation>Clock-in</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock-in at</source>
      <translation>Clock-in at</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Clock-out</source>
      <translation>Clock-out</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock-out at</source>
      <translation>Clock-out at</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clocked in at {time}.</source>
      <translation>Clocked in at {time}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clocked out at {time}.</source>
      <translation>Clocked out at {time}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Computed from the roster and the punches. Double-click a person for their days.</source>
      <translation>Computed from the roster and the punches. Double-click a person for their days.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Computing the month…</source>
      <translation>Computing the month…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Correct day…</source>
      <translation>Correct day…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Correct {name}'s {day}</source>
      <translation>Correct {name}'s {day}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Days worked</source>
      <translation>Days worked</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Details {month}</source>
      <translation>Details {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>E</source>
      <translation>E</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Early (min)</source>
      <translation>Early (min)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Early (times)</source>
      <translation>Early (times)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Employee</source>
      <translation>Employee</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Enter a clock-in or clock-out time, or excuse the day.</source>
      <translation>Enter a clock-in or clock-out time, or excuse the day.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Every shift with its punches</source>
      <translation>Every shift with its punches</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Excel…</source>
      <translation>Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Excuse the day (business trip, clock broken …)</source>
      <translation>Excuse the day (business trip, clock broken …)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Excused</source>
      <translation>Excused</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Export to Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Give the reason for the correction.</source>
      <translation>Give the reason for the correction.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Handover book</source>
      <translation>Handover book</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Import punches (clock, DingTalk, WeCom)</source>
      <translation>Import punches (clock, DingTalk, WeCom)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Import punches…</source>
      <translation>Import punches…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>In or out</source>
      <translation>In or out</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>L</source>
      <translation>L</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Late (min)</source>
      <translation>Late (min)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Late (times)</source>
      <translation>Late (times)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Late {late} min, left {early} min early</source>
      <translation>Late {late} min, left {early} min early</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Late {n} min</source>
      <translation>Late {n} min</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Leave</source>
      <translation>Leave</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Left {n} min early</source>
      <translation>Left {n} min early</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>M</source>
      <translation>M</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Missing punch ({which})</source>
      <translation>Missing punch ({which})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Missing punches</source>
      <translation>Missing punches</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Monthly attendance sheet</source>
      <translation>Monthly attendance sheet</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Monthly attendance sheet {month}</source>
      <translation>Monthly attendance sheet {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My day</source>
      <translation>My day</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My month</source>
      <translation>My month</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My shifts of the next 7 days</source>
      <translation>My shifts of the next 7 days</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>No shift on the roster today.</source>
      <translation>No shift on the roster today.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>No shift on the roster today; the punch is kept.</source>
      <translation>No shift on the roster today; the punch is kept.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Nobody had a shift on the roster this month.</source>
      <translation>Nobody had a shift on the roster this month.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Not started</source>
      <translation>Not started</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Only employed staff clock in.</source>
      <translation>Only employed staff clock in.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Print my sheet…</source>
      <translation>Print my sheet…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Print sheet…</source>
      <translation>Print sheet…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Punch time</source>
      <translation>Punch time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Scheduled days</source>
      <translation>Scheduled days</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Scheduled {scheduled} days, worked {worked}; late {late}× ({late_min} min), left early {early}× ({early_min} min); absent {absent} days; missing punches {missing}</source>
      <translation>Scheduled {scheduled} days, worked {worked}; late {late}× ({late_min} min), left early {early}× ({early_min} min); absent {absent} days; missing punches {missing}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Staff number</source>
      <translation>Staff number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Team totals</source>
      <translation>Team totals</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>The clock-out ({out}) is before the clock-in ({in_}).</source>
      <translation>The clock-out ({out}) is before the clock-in ({in_}).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>The month day by day</source>
      <translation>The month day by day</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>The month grid with totals</source>
      <translation>The month grid with totals</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Today: {shifts}</source>
      <translation>Today: {shifts}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Which sheet?</source>
      <translation>Which sheet?</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>X</source>
      <translation>X</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>You clocked in at {time} already; clock out first.</source>
      <translation>You clocked in at {time} already; clock out first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>You have not clocked in yet, so you cannot clock out. If you forgot, ask your supervisor to correct the day.</source>
      <translation>You have not clocked in yet, so you cannot clock out. If you forgot, ask your supervisor to correct the day.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Your account is not linked to a staff record. Ask the owner to link it (Staff &amp; accounts).</source>
      <translation>Your account is not linked to a staff record. Ask the owner to link it (Staff &amp; accounts).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>e.g. forgot to clock out; confirmed by the supervisor</source>
      <translation>e.g. forgot to clock out; confirmed by the supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>no clock-in</source>
      <translation>no clock-in</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>no clock-out</source>
      <translation>no clock-out</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>no staff member has the number {no}{name}</source>
      <translation>no staff member has the number {no}{name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>no staff member is called {name}</source>
      <translation>no staff member is called {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>no staff number or name</source>
      <translation>no staff number or name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>staff number {no} is {owner}, not {name}</source>
      <translation>staff number {no} is {owner}, not {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{file}: {created} new punches, {unchanged} already stored</source>
      <translation>{file}: {created} new punches, {unchanged} already stored</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>{kind} (days)</source>
      <translation>{kind} (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>{n} open handover item(s) for your shift: {first} &lt;a href='handover'&gt;Open the handover book&lt;/a&gt;</source>
      <translation>{n} open handover item(s) for your shift: {first} &lt;a href='handover'&gt;Open the handover book&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{n} staff members are called {name}: give the staff number (工号)</source>
      <translation>{n} staff members are called {name}: give the staff number (工号)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{people} people, {punches} punches in the file</source>
      <translation>{people} people, {punches} punches in the file</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{time} is in the future</source>
      <translation>{time} is in the future</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>{time} is in the future.</source>
      <translation>{time} is in the future.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>{time} is not on {day} (or the night after it).</source>
      <translation>{time} is not on {day} (or the night after it).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>√ normal · L late (minutes) · E left early (minutes) · X absent · M missing punch · P/S/A/C/M/B/F/O leave (personal, sick, annual, in lieu, marriage, birth, bereavement, other) · blank: no shift · “·” shift in progress</source>
      <translation>√ normal · L late (minutes) · E left early (minutes) · X absent · M missing punch · P/S/A/C/M/B/F/O leave (personal, sick, annual, in lieu, marriage, birth, bereavement, other) · blank: no shift · “·” shift in progress</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>(no name)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>(removed)</source>
      <translation>(removed)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>After-sales case</source>
      <translation>After-sales case</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All records</source>
      <translation>All records</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All users</source>
      <translation>All users</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraisal</source>
      <translation>Appraisal</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraisal team</source>
      <translation>Appraisal team</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraisal template</source>
      <translation>Appraisal template</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Backed up</source>
      <translation>Backed up</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Backup failed</source>
      <translation>Backup failed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Clocked in</source>
      <translation>Clocked in</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Clocked out</source>
      <translation>Clocked out</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Corrected</source>
      <translation>Corrected</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Enabled</source>
      <translation>Enabled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Erased</source>
      <translation>Erased</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Escalated</source>
      <translation>Escalated</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Exported</source>
      <translation>Exported</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Fine / reward</source>
      <translation>Fine / reward</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Goods</source>
      <translation>Goods</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Goods received</source>
      <translation>Goods received</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Growth fund</source>
      <translation>Growth fund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Handed over</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Handover book</source>
      <translation>Handover book</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Hire date</source>
      <translation>Hire date</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Import mapping</source>
      <translation>Import mapping</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>In use</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Inbound receipt</source>
      <translation>Inbound receipt</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 30 days</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 7 days</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Leave</source>
      <translation>Leave</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Leaving date</source>
      <translation>Leaving date</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Left the shop</source>
      <translation>Left the shop</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Logged in</source>
      <translation>Logged in</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Login failed</source>
      <translation>Login failed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Number / name</source>
      <translation>Number / name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Old → new</source>
      <translation>Old → new</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Opened</source>
      <translation>Opened</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Order lines</source>
      <translation>Order lines</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_labels.py" />
      <source>Platform item code</source>
      <translation>Platform item code</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Policy overridden</source>
      <translation>Policy overridden</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Posted</source>
      <translation>Posted</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Printed</source>
      <translation>Printed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Refunded</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Reopened</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Restored</source>
      <translation>Restored</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Reviewed</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Revisit plan</source>
      <translation>Revisit plan</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Roster</source>
      <translation>Roster</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Scored</source>
      <translation>Scored</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Search summary and changes…  (Ctrl+F)</source>
      <translation>Search summary and changes…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Shipment</source>
      <translation>Shipment</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Shipped</source>
      <translation>Shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Shop</source>
      <translation>Shop</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Signed off</source>
      <translation>Signed off</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stock movement</source>
      <translation>Stock movement</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stock movements</source>
      <translation>Stock movements</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stocktake</source>
      <translation>Stocktake</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>The account is disabled</source>
      <translation>The account is disabled</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Ticked off</source>
      <translation>Ticked off</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Tracking number patterns</source>
      <translation>Tracking number patterns</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Tried while logins were paused after wrong passwords</source>
      <translation>Tried while logins were paused after wrong passwords</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Tried: {action}</source>
      <translation>Tried: {action}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Unknown user name</source>
      <translation>Unknown user name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>User account</source>
      <translation>User account</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Wrong password ({n} in a row)</source>
      <translation>Wrong password ({n} in a row)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>a picture</source>
      <translation>a picture</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>received {time}</source>
      <translation>received {time}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}: {old} → {new}</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Backing up before closing…</source>
      <translation>Backing up before closing…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>Backing up or restoring a PostgreSQL database needs PostgreSQL's {tool} program, version {version} or newer, which was not found on this PC. Install the PostgreSQL command line tools (in the PostgreSQL installer: "Command Line Tools"), or set SHOPMANAGER_PG_BINDIR to the folder that holds them.</source>
      <translation>Backing up or restoring a PostgreSQL database needs PostgreSQL's {tool} program, version {version} or newer, which was not found on this PC. Install the PostgreSQL command line tools (in the PostgreSQL installer: "Command Line Tools"), or set SHOPMANAGER_PG_BINDIR to the folder that holds them.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Backing up…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Backup written and checked:
{path}
{rows} rows, {size}.</source>
      <translation>Backup written and checked:
{path}
{rows} rows, {size}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Best on another disk, a USB drive or a network folder (NAS): a copy on the same disk is lost with it.</source>
      <translation>Best on another disk, a USB drive or a network folder (NAS): a copy on the same disk is lost with it.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Cannot create the backup folder {path}: {reason}</source>
      <translation>Cannot create the backup folder {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>Checking the backup…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Checking the copy…</source>
      <translation>Checking the copy…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Choose a backup</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Choose the backup folder</source>
      <translation>Choose the backup folder</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Copying product pictures…</source>
      <translation>Copying product pictures…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Copying the database…</source>
      <translation>Copying the database…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Daily backup…</source>
      <translation>Daily backup…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Last attempt: {problem}</source>
      <translation>Last attempt: {problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Last good backup: {when} ({age}) — more than two days ago. Back up now.</source>
      <translation>Last good backup: {when} ({age}) — more than two days ago. Back up now.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Last good backup: {when} ({age}).</source>
      <translation>Last good backup: {when} ({age}).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Made</source>
      <translation>Made</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>No good backup of this shop yet.</source>
      <translation>No good backup of this shop yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>Only the shop owner may restore: enter the owner's user name and password (as they were when the backup was made).</source>
      <translation>Only the shop owner may restore: enter the owner's user name and password (as they were when the backup was made).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Preparing the backup…</source>
      <translation>Preparing the backup…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Removing old backups…</source>
      <translation>Removing old backups…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore a backup</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore from a file…</source>
      <translation>Restore from a file…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore selected…</source>
      <translation>Restore selected…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore the backup of {when} ({rows} rows)?

Everything entered after {when} is replaced by the backup. The current database is saved aside first, so this can be undone by restoring that copy. Every PC returns to its login.</source>
      <translation>Restore the backup of {when} ({rows} rows)?

Everything entered after {when} is replaced by the backup. The current database is saved aside first, so this can be undone by restoring that copy. Every PC returns to its login.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>Restoring the database…</source>
      <translation>Restoring the database…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restoring…</source>
      <translation>Restoring…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Save the settings first: the backup goes to the saved folder.</source>
      <translation>Save the settings first: the backup goes to the saved folder.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>Saving the current database aside…</source>
      <translation>Saving the current database aside…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>ShopManager backups (*.sqlite3 *.dump);;All files (*)</source>
      <translation>ShopManager backups (*.sqlite3 *.dump);;All files (*)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup failed: {reason}</source>
      <translation>The backup failed: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup folder {path} cannot be reached. If it is on a USB drive or a network share, connect it and try again.</source>
      <translation>The backup folder {path} cannot be reached. If it is on a USB drive or a network share, connect it and try again.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup folder {path} is read-only: choose one you may write to.</source>
      <translation>The backup folder {path} is read-only: choose one you may write to.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup holds {rows} rows, far fewer than the last good one ({reference}). It was kept as suspect; the earlier good backups were not touched.</source>
      <translation>The backup holds {rows} rows, far fewer than the last good one ({reference}). It was kept as suspect; the earlier good backups were not touched.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>The backup of {when} was restored. The database as it was before is saved in:
{aside}

ShopManager now returns to the login.</source>
      <translation>The backup of {when} was restored. The database as it was before is saved in:
{aside}

ShopManager now returns to the login.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>The backup {file} cannot be restored: {reason}. Nothing was changed.</source>
      <translation>The backup {file} cannot be restored: {reason}. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>The current database could not be saved aside ({problem}), so nothing was restored.</source>
      <translation>The current database could not be saved aside ({problem}), so nothing was restored.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/safety.py" />
      <source>The database was restored</source>
      <translation>The database was restored</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The new backup did not pass its check ({problems}). It was removed; the earlier backups were kept.</source>
      <translation>The new backup did not pass its check ({problems}). It was removed; the earlier backups were kept.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>The restore failed and was undone; the database is as it was. ({reason})</source>
      <translation>The restore failed and was undone; the database is as it was. ({reason})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>This backup has another page size than the database, which SQLite cannot restore while other PCs use the file. Close ShopManager on every PC and use: shopmanager restore FILE</source>
      <translation>This backup has another page size than the database, which SQLite cannot restore while other PCs use the file. Close ShopManager on every PC and use: shopmanager restore FILE</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>This is a backup of another shop: {shop}. Restoring it replaces ALL of this shop's data with that shop's (use it when moving the shop to this PC).</source>
      <translation>This is a backup of another shop: {shop}. Restoring it replaces ALL of this shop's data with that shop's (use it when moving the shop to this PC).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>before a restore</source>
      <translation>before a restore</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>by hand</source>
      <translation>by hand</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>days</source>
      <translation>days</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>good</source>
      <translation>good</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it changed after it was written (its checksum differs), so it is damaged</source>
      <translation>it changed after it was written (its checksum differs), so it is damaged</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it did not pass its check ({problems})</source>
      <translation>it did not pass its check ({problems})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is a backup of another shop ({shop}), not of this one; restoring it would replace this shop's data with that shop's</source>
      <translation>it is a backup of another shop ({shop}), not of this one; restoring it would replace this shop's data with that shop's</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is a {kind} backup and this shop uses {current}</source>
      <translation>it is a {kind} backup and this shop uses {current}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is not a SQLite backup</source>
      <translation>it is not a SQLite backup</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is not a ShopManager backup</source>
      <translation>it is not a ShopManager backup</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>it is not a ShopManager database</source>
      <translation>it is not a ShopManager database</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it was made by a newer ShopManager (schema {found})</source>
      <translation>it was made by a newer ShopManager (schema {found})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>months</source>
      <translation>months</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>on closing</source>
      <translation>on closing</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>pg_dump failed: {reason}</source>
      <translation>pg_dump failed: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>restored the backup of {when}: {file}</source>
      <translation>restored the backup of {when}: {file}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>scheduled</source>
      <translation>scheduled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>suspect</source>
      <translation>suspect</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>there is no such file</source>
      <translation>there is no such file</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>weeks</source>
      <translation>weeks</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/safety.py" />
      <source>{by} restored the database from the backup of {when} (at {at}).

ShopManager returns to the login so that every page shows the restored data. What was typed but not saved here is lost.</source>
      <translation>{by} restored the database from the backup of {when} (at {at}).

ShopManager returns to the login so that every page shows the restored data. What was typed but not saved here is lost.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{n} days ago</source>
      <translation>{n} days ago</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{n} hours ago</source>
      <translation>{n} hours ago</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{n} minutes ago</source>
      <translation>{n} minutes ago</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{path} is a file, not a folder: choose another backup folder.</source>
      <translation>{path} is a file, not a folder: choose another backup folder.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{table}: {found} rows instead of {expected}</source>
      <translation>{table}: {found} rows instead of {expected}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{when} · {rows} rows · {size} · {trigger}</source>
      <translation>{when} · {rows} rows · {size} · {trigger}</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>* provisional: not everyone has scored yet.</source>
      <translation>* provisional: not everyone has scored yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>--errors names the file being imported: choose another name for the error file (it would replace yours).</source>
      <translation>--errors names the file being imported: choose another name for the error file (it would replace yours).</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} created; it must change its password at first login.</source>
      <translation>Account {user} created; it must change its password at first login.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} disabled.</source>
      <translation>Account {user} disabled.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Accounts (password: {password}):</source>
      <translation>Accounts (password: {password}):</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Add --yes to confirm the restore. Nothing was changed.</source>
      <translation>Add --yes to confirm the restore. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Appraisal {month} open: {created} new, {total} employees in all.</source>
      <translation>Appraisal {month} open: {created} new, {total} employees in all.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Appraisal {month}: {state}, due by {due} — {n} employees</source>
      <translation>Appraisal {month}: {state}, due by {due} — {n} employees</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Backup of {when}: {rows} rows, checked. Restoring it replaces the current database (which is saved aside first).</source>
      <translation>Backup of {when}: {rows} rows, checked. Restoring it replaces the current database (which is saved aside first).</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Backup written and checked: {path} ({rows} rows, {size}).</source>
      <translation>Backup written and checked: {path} ({rows} rows, {size}).</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Backups in {folder} (newest first):</source>
      <translation>Backups in {folder} (newest first):</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Check passed, nothing written</source>
      <translation>Check passed, nothing written</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Columns of the mapping missing from the file: {names}</source>
      <translation>Columns of the mapping missing from the file: {names}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Customer {id} erased: {orders} orders blanked, {addresses} addresses removed.</source>
      <translation>Customer {id} erased: {orders} orders blanked, {addresses} addresses removed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Database: {db} (opened read-only)</source>
      <translation>Database: {db} (opened read-only)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Demo shop created in {db}.</source>
      <translation>Demo shop created in {db}.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Error: {message}</source>
      <translation>Error: {message}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Give an order number and a tracking number, or --file.</source>
      <translation>Give an order number and a tracking number, or --file.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Goods {goods} + freight {freight} − discount {discount} = total {total}; paid {paid}</source>
      <translation>Goods {goods} + freight {freight} − discount {discount} = total {total}; paid {paid}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Name the period: --{option} {example}</source>
      <translation>Name the period: --{option} {example}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>New password: </source>
      <translation>New password: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No account named {user}.</source>
      <translation>No account named {user}.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>No active carrier named '{name}'.</source>
      <translation>No active carrier named '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>No backups of this shop in {folder} yet.</source>
      <translation>No backups of this shop in {folder} yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No new password: set SHOPMANAGER_NEW_PASSWORD or run in a terminal. Nothing was changed.</source>
      <translation>No new password: set SHOPMANAGER_NEW_PASSWORD or run in a terminal. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No password was typed. Nothing was changed.</source>
      <translation>No password was typed. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No password: set SHOPMANAGER_PASSWORD or run in a terminal.</source>
      <translation>No password: set SHOPMANAGER_PASSWORD or run in a terminal.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>No saved mapping named '{name}'.</source>
      <translation>No saved mapping named '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Not confirmed. Nothing was changed.</source>
      <translation>Not confirmed. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Note: the password of {user} is old; change it soon (shopmanager --user {user} passwd).</source>
      <translation>Note: the password of {user} is old; change it soon (shopmanager --user {user} passwd).</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Nothing left for you to score.</source>
      <translation>Nothing left for you to score.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Old backups removed: {names}</source>
      <translation>Old backups removed: {names}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Ordered {ordered}, paid {paid}, taken by {staff}</source>
      <translation>Ordered {ordered}, paid {paid}, taken by {staff}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for the owner account: </source>
      <translation>Password for the owner account: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for {user}: </source>
      <translation>Password for {user}: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password of {user} changed.</source>
      <translation>Password of {user} changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Peers</source>
      <translation>Peers</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Personal data of customer {id} written to {path}</source>
      <translation>Personal data of customer {id} written to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Report written to {path}</source>
      <translation>Report written to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Restored the backup of {when}. The damaged file was moved to {aside}.</source>
      <translation>Restored the backup of {when}. The damaged file was moved to {aside}.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Restored the backup of {when}. The database as it was before is in {aside}. The other PCs return to their login screen.</source>
      <translation>Restored the backup of {when}. The database as it was before is in {aside}. The other PCs return to their login screen.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Revisits due today: {due}, overdue: {overdue}</source>
      <translation>Revisits due today: {due}, overdue: {overdue}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Rows with an error column written to {path}</source>
      <translation>Rows with an error column written to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Self</source>
      <translation>Self</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Shop '{shop}' created in {db}. Owner account: {owner}</source>
      <translation>Shop '{shop}' created in {db}. Owner account: {owner}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>ShopManager: the shop's back office.</source>
      <translation>ShopManager: the shop's back office.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Temporary password for {user}: </source>
      <translation>Temporary password for {user}: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>The appraisal of {month} has not been opened yet: shopmanager appraisal open --month {month}</source>
      <translation>The appraisal of {month} has not been opened yet: shopmanager appraisal open --month {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>The damaged database will be moved aside (not deleted) and the backup put in its place.</source>
      <translation>The damaged database will be moved aside (not deleted) and the backup put in its place.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>The two passwords differ. Nothing was changed.</source>
      <translation>The two passwords differ. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>This command changes data: name the acting user with --user NAME.</source>
      <translation>This command changes data: name the acting user with --user NAME.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>To restore over the damaged database, name the owner with --user NAME (the password is checked against the backup).</source>
      <translation>To restore over the damaged database, name the owner with --user NAME (the password is checked against the backup).</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>To ship today: {today} (overdue: {overdue}); cut-off {cutoff}</source>
      <translation>To ship today: {today} (overdue: {overdue}); cut-off {cutoff}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Type YES to replace the current database: </source>
      <translation>Type YES to replace the current database: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Type it again: </source>
      <translation>Type it again: </translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Unexpected error ({kind}): the command stopped; what was saved before stays saved. Details were written to {path}.</source>
      <translation>Unexpected error ({kind}): the command stopped; what was saved before stays saved. Details were written to {path}.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Unknown item {code} ({title}) on rows {rows}</source>
      <translation>Unknown item {code} ({title}) on rows {rows}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Warning: {message}</source>
      <translation>Warning: {message}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>[{line}] warning: {number} looks like {carrier}; shipped with the carrier given.</source>
      <translation>[{line}] warning: {number} looks like {carrier}; shipped with the carrier given.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>a saved mapping's name, or a JSON file {header: field}</source>
      <translation>a saved mapping's name, or a JSON file {header: field}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>a text file, one 'order-number tracking-number' a line</source>
      <translation>a text file, one 'order-number tracking-number' a line</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>act as this user (password: SHOPMANAGER_PASSWORD or prompt)</source>
      <translation>act as this user (password: SHOPMANAGER_PASSWORD or prompt)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>add an account (password: SHOPMANAGER_NEW_PASSWORD or prompt)</source>
      <translation>add an account (password: SHOPMANAGER_NEW_PASSWORD or prompt)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>after-sales cases: list them (all, or the open ones)</source>
      <translation>after-sales cases: list them (all, or the open ones)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>also list the orders of this part of the queue</source>
      <translation>also list the orders of this part of the queue</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>back up the database now (checked, rotated), or --list the backups</source>
      <translation>back up the database now (checked, rotated), or --list the backups</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>cannot tell the carrier of {number}: name it with --carrier.</source>
      <translation>cannot tell the carrier of {number}: name it with --carrier.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>carrier name or code, e.g. 顺丰速运 or SF; auto (the default): recognised from each number's shape</source>
      <translation>carrier name or code, e.g. 顺丰速运 or SF; auto (the default): recognised from each number's shape</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>case, order or platform number, or phone</source>
      <translation>case, order or platform number, or phone</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>change your own password (--user NAME; the new one: SHOPMANAGER_NEW_PASSWORD or prompt)</source>
      <translation>change your own password (--user NAME; the new one: SHOPMANAGER_NEW_PASSWORD or prompt)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>check everything, write nothing</source>
      <translation>check everything, write nothing</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>check the database (read-only): integrity, foreign keys, schema, audit log protection, stock</source>
      <translation>check the database (read-only): integrity, foreign keys, schema, audit log protection, stock</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create a demo shop with realistic data</source>
      <translation>create a demo shop with realistic data</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>create the month's appraisals from the role templates</source>
      <translation>create the month's appraisals from the role templates</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create the shop and the owner account (first run)</source>
      <translation>create the shop and the owner account (first run)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>customers: revisits due, export or erase one customer's personal data</source>
      <translation>customers: revisits due, export or erase one customer's personal data</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>database: sqlite:///path/shop.sqlite3 or postgresql://user@host:port/name</source>
      <translation>database: sqlite:///path/shop.sqlite3 or postgresql://user@host:port/name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disable an account</source>
      <translation>disable an account</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disabled</source>
      <translation>disabled</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>do not ask for confirmation</source>
      <translation>do not ask for confirmation</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>do nothing if the database holds a shop</source>
      <translation>do nothing if the database holds a shop</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>erase one customer's personal data (the orders stay)</source>
      <translation>erase one customer's personal data (the orders stay)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>export a list to an xlsx file</source>
      <translation>export a list to an xlsx file</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>first day: YYYY-MM-DD</source>
      <translation>first day: YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>import products, platform orders, platform refunds or attendance punches from xlsx/xls/ods/csv</source>
      <translation>import products, platform orders, platform refunds or attendance punches from xlsx/xls/ods/csv</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>language of messages</source>
      <translation>language of messages</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>last day: YYYY-MM-DD</source>
      <translation>last day: YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>list accounts</source>
      <translation>list accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>list the backups instead of making one</source>
      <translation>list the backups instead of making one</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>monthly appraisal: open a month, who still has to score, sign off</source>
      <translation>monthly appraisal: open a month, who still has to score, sign off</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of customers</source>
      <translation>number of customers</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of orders</source>
      <translation>number of orders</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of products</source>
      <translation>number of products</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>one order with its lines, shipments and history</source>
      <translation>one order with its lines, shipments and history</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>only the open cases</source>
      <translation>only the open cases</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>only the overdue cases</source>
      <translation>only the overdue cases</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>orders: create placeholder products for unknown items</source>
      <translation>orders: create placeholder products for unknown items</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>orders: show one, ship (one or a file of scans), the dispatch queue</source>
      <translation>orders: show one, ship (one or a file of scans), the dispatch queue</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>orders: the platform the orders come from (default: the preset's)</source>
      <translation>orders: the platform the orders come from (default: the preset's)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's real name</source>
      <translation>owner's real name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's user name</source>
      <translation>owner's user name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>platform layout of an order or refund file (default: recognised from its headers)</source>
      <translation>platform layout of an order or refund file (default: recognised from its headers)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>restore a backup of another shop in place of this one (moving to a new PC)</source>
      <translation>restore a backup of another shop in place of this one (moving to a new PC)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>restore the database from a backup file (the owner; the current one is saved aside first)</source>
      <translation>restore the database from a backup file (the owner; the current one is saved aside first)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>revisit plans due today or overdue</source>
      <translation>revisit plans due today or overdue</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>ship orders: NUMBER TRACKING, or a file of such lines</source>
      <translation>ship orders: NUMBER TRACKING, or a file of such lines</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>shop name</source>
      <translation>shop name</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>sign off every appraisal of the month and lock it (owner)</source>
      <translation>sign off every appraisal of the month and lock it (owner)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>signed off and locked</source>
      <translation>signed off and locked</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the PDF to write (.xlsx: the figures as a workbook, where the report has one)</source>
      <translation>the PDF to write (.xlsx: the figures as a workbook, where the report has one)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>the backup file (.sqlite3 or .dump)</source>
      <translation>the backup file (.sqlite3 or .dump)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>the cases, newest first</source>
      <translation>the cases, newest first</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the month (lists of one month): YYYY-MM, 11月, 2026年11月 or 上月</source>
      <translation>the month (lists of one month): YYYY-MM, 11月, 2026年11月 or 上月</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>the month: YYYY-MM, 11月, 2026年11月 or 上月</source>
      <translation>the month: YYYY-MM, 11月, 2026年11月 or 上月</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>the parcel's tracking number</source>
      <translation>the parcel's tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>the same-day dispatch queue: counts, and the list</source>
      <translation>the same-day dispatch queue: counts, and the list</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>the shop's order number or the platform's</source>
      <translation>the shop's order number or the platform's</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the week: YYYY-Www (ISO week, e.g. 2026-W48)</source>
      <translation>the week: YYYY-Www (ISO week, e.g. 2026-W48)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the year: YYYY</source>
      <translation>the year: YYYY</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>user accounts</source>
      <translation>user accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>who still has to score, every employee's total and grade</source>
      <translation>who still has to score, every employee's total and grade</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>why, e.g. 'the customer asked by phone'</source>
      <translation>why, e.g. 'the customer asked by phone'</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>write a PDF report</source>
      <translation>write a PDF report</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>write everything held about one customer to a JSON file</source>
      <translation>write everything held about one customer to a JSON file</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>write the rows with an error column to this xlsx</source>
      <translation>write the rows with an error column to this xlsx</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>write this one backup to DIR (default: the folder set in Settings)</source>
      <translation>write this one backup to DIR (default: the folder set in Settings)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>{db} already holds a shop. Use another --db for the demo.</source>
      <translation>{db} already holds a shop. Use another --db for the demo.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>{file} is a backup of another shop ({shop}), not of this one. To replace this shop's data with that shop's, add --other-shop. Nothing was changed.</source>
      <translation>{file} is a backup of another shop ({shop}), not of this one. To replace this shop's data with that shop's, add --other-shop. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{file} is not a mapping file (JSON {{"header": "field"}}): {reason}</source>
      <translation>{file} is not a mapping file (JSON {{"header": "field"}}): {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>{file} line {n}: expected 'order-number tracking-number'.</source>
      <translation>{file} line {n}: expected 'order-number tracking-number'.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{file}: a report is written as a PDF (.pdf), or as an Excel workbook (.xlsx) where it has one.</source>
      <translation>{file}: a report is written as a PDF (.pdf), or as an Excel workbook (.xlsx) where it has one.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>{n} appraisals of {month} signed off; the month is locked.</source>
      <translation>{n} appraisals of {month} signed off; the month is locked.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>{n} cases listed; open: {open}, overdue (no first response in time): {overdue}</source>
      <translation>{n} cases listed; open: {open}, overdue (no first response in time): {overdue}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>{n} new product pictures copied.</source>
      <translation>{n} new product pictures copied.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{n} problems: nothing was imported.</source>
      <translation>{n} problems: nothing was imported.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{n} rows exported to {path}</source>
      <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>{order_no} shipped: {carrier} {tracking_no}, {pieces} pieces</source>
      <translation>{order_no} shipped: {carrier} {tracking_no}, {pieces} pieces</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>{user} has a temporary password. Choose your own first: shopmanager --user {user} passwd — nothing else was done.</source>
      <translation>{user} has a temporary password. Choose your own first: shopmanager --user {user} passwd — nothing else was done.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{verb}: {created} new, {updated} updated, {unchanged} unchanged.</source>
      <translation>{verb}: {created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordForm</name>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Current password</source>
      <translation>&amp;Current password</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;New password</source>
      <translation>&amp;New password</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Repeat new password</source>
      <translation>&amp;Repeat new password</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>At least 8 characters, mixing letters with digits or symbols, not containing your user name.</source>
      <translation>At least 8 characters, mixing letters with digits or symbols, not containing your user name.</translation>
    </message>
  </context>
  <context>
    <name>Check</name>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Audit log is append-only</source>
      <translation>Audit log is append-only</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Defective stock equals the sum of its movements</source>
      <translation>Defective stock equals the sum of its movements</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Foreign keys</source>
      <translation>Foreign keys</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Integrity</source>
      <translation>Integrity</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Schema version</source>
      <translation>Schema version</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Stock equals the sum of movements</source>
      <translation>Stock equals the sum of movements</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>no trigger refuses {events}: the log could be altered</source>
      <translation>no trigger refuses {events}: the log could be altered</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{found} (this program: {known})</source>
      <translation>{found} (this program: {known})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{found}, older than this program's {known}: it will be upgraded when the program opens it (a copy is kept beside it first). Nothing was changed now.</source>
      <translation>{found}, older than this program's {known}: it will be upgraded when the program opens it (a copy is kept beside it first). Nothing was changed now.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{n} broken references</source>
      <translation>{n} broken references</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="shopmanager/core/formatting.py" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="shopmanager/core/formatting.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>Customers</name>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source> — personal data erased {date}</source>
      <translation> — personal data erased {date}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>(erased)</source>
      <translation>(erased)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>(unknown)</source>
      <translation>(unknown)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Address {n}: {problem}</source>
      <translation>Address {n}: {problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Addresses</source>
      <translation>Addresses</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>All open</source>
      <translation>All open</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>All tiers</source>
      <translation>All tiers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Assigned to</source>
      <translation>Assigned to</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Birthday</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Birthday: enter a date like 1990-05-20.</source>
      <translation>Birthday: enter a date like 1990-05-20.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Birthday: not a possible date of birth.</source>
      <translation>Birthday: not a possible date of birth.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Buyer id</source>
      <translation>Buyer id</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Customer</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Due date: enter a date.</source>
      <translation>Due date: enter a date.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Due today</source>
      <translation>Due today</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Due today or earlier</source>
      <translation>Due today or earlier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Erase personal data</source>
      <translation>Erase personal data</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Erase personal data…</source>
      <translation>Erase personal data…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Export personal data</source>
      <translation>Export personal data</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Export personal data…</source>
      <translation>Export personal data…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Gold</source>
      <translation>Gold</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>JSON files (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Last order</source>
      <translation>Last order</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Name, buyer id, phone or its last 4 digits  (Ctrl+F)</source>
      <translation>Name, buyer id, phone or its last 4 digits  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Name: enter a name, a buyer id or a phone number.</source>
      <translation>Name: enter a name, a buyer id or a phone number.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>New customer</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>No customers yet. A customer is added with their first order (Find customer in the order), or with New customer.</source>
      <translation>No customers yet. A customer is added with their first order (Find customer in the order), or with New customer.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>No revisits here. Plan one in a customer's record, on its Revisit plan tab.</source>
      <translation>No revisits here. Plan one in a customer's record, on its Revisit plan tab.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Personal data written to {path}</source>
      <translation>Personal data written to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Plan a revisit</source>
      <translation>Plan a revisit</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Plan a revisit…</source>
      <translation>Plan a revisit…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Purchases</source>
      <translation>Purchases</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Purpose</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Receiver</source>
      <translation>Receiver</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Record the result…</source>
      <translation>Record the result…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Required: a name, a buyer id or a phone number</source>
      <translation>Required: a name, a buyer id or a phone number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Result of the call due {date}:</source>
      <translation>Result of the call due {date}:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Revisit plan</source>
      <translation>Revisit plan</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Revisit result</source>
      <translation>Revisit result</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Service history</source>
      <translation>Service history</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Silver</source>
      <translation>Silver</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Someone else changed this customer after you opened it. Close it, open it again and redo your change.</source>
      <translation>Someone else changed this customer after you opened it. Close it, open it again and redo your change.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>That customer no longer exists.</source>
      <translation>That customer no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>That revisit plan no longer exists.</source>
      <translation>That revisit plan no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>That user account does not exist or is disabled.</source>
      <translation>That user account does not exist or is disabled.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>The customer still has orders on the way ({orders}): finish or cancel them before erasing the personal data.</source>
      <translation>The customer still has orders on the way ({orders}): finish or cancel them before erasing the personal data.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>There is no open revisit.</source>
      <translation>There is no open revisit.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>This customer's personal data was already erased on {date}.</source>
      <translation>This customer's personal data was already erased on {date}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>This customer's personal data was erased on {date}; the record cannot be changed. Create a new customer if the buyer comes back.</source>
      <translation>This customer's personal data was erased on {date}; the record cannot be changed. Create a new customer if the buyer comes back.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>This removes the customer's name, phone, WeChat, addresses, birthday and notes, also on their orders; amounts stay for the books. It cannot be undone. Reason (the customer's request):</source>
      <translation>This removes the customer's name, phone, WeChat, addresses, birthday and notes, also on their orders; amounts stay for the books. It cannot be undone. Reason (the customer's request):</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>This revisit was already marked done on {date}.</source>
      <translation>This revisit was already marked done on {date}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Total spent</source>
      <translation>Total spent</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>VIP</source>
      <translation>VIP</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>What is the call about? (due in 7 days)</source>
      <translation>What is the call about? (due in 7 days)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>personal data erased ({reason}); {orders} orders blanked, {addresses} addresses removed</source>
      <translation>personal data erased ({reason}); {orders} orders blanked, {addresses} addresses removed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>personal data exported on request</source>
      <translation>personal data exported on request</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>{field}: '{value}' is not a phone number.</source>
      <translation>{field}: '{value}' is not a phone number.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>{field}: at most {n} characters.</source>
      <translation>{field}: at most {n} characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>{field}: required.</source>
      <translation>{field}: required.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>{n} orders, ¥{amount} in total; last order {last}</source>
      <translation>{n} orders, ¥{amount} in total; last order {last}</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>1. Add your products — ask the owner or operations to add them.</source>
      <translation>1. Add your products — ask the owner or operations to add them.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>1. Add your products — one by one, or import the list you keep in Excel.</source>
      <translation>1. Add your products — one by one, or import the list you keep in Excel.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>2. Create the first order — typed in from a chat, or imported from the platform's order export.</source>
      <translation>2. Create the first order — typed in from a chat, or imported from the platform's order export.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>2. The first order — customer service enters or imports the orders.</source>
      <translation>2. The first order — customer service enters or imports the orders.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>3. Give each member of staff an account — each sees only what their role needs.</source>
      <translation>3. Give each member of staff an account — each sees only what their role needs.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>&lt;b&gt;{n} handover item(s) for your shift&lt;/b&gt;: {first} &lt;a href='handover'&gt;Open the handover book&lt;/a&gt;</source>
      <translation>&lt;b&gt;{n} handover item(s) for your shift&lt;/b&gt;: {first} &lt;a href='handover'&gt;Open the handover book&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>After-sales cases open</source>
      <translation>After-sales cases open</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>After-sales overdue</source>
      <translation>After-sales overdue</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Expiring</source>
      <translation>Expiring</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Import platform orders…</source>
      <translation>Import platform orders…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Import products from Excel…</source>
      <translation>Import products from Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Low stock</source>
      <translation>Low stock</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>New order</source>
      <translation>New order</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>New product</source>
      <translation>New product</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>No paid orders in the last 30 days yet: each day's sales appear here as a bar.</source>
      <translation>No paid orders in the last 30 days yet: each day's sales appear here as a bar.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Orders today</source>
      <translation>Orders today</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Overdue shipments</source>
      <translation>Overdue shipments</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Sales of the last 30 days (paid orders, ¥)</source>
      <translation>Sales of the last 30 days (paid orders, ¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Sales today (paid)</source>
      <translation>Sales today (paid)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Slow movers</source>
      <translation>Slow movers</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Staff &amp;&amp; accounts</source>
      <translation>Staff &amp;&amp; accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>To ship today</source>
      <translation>To ship today</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Waiting for payment</source>
      <translation>Waiting for payment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Welcome! Your shop is ready — the next steps:</source>
      <translation>Welcome! Your shop is ready — the next steps:</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot create the folder {path}: {reason}</source>
      <translation>Cannot create the folder {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path} for writing ({reason}).</source>
      <translation>Cannot open {path} for writing ({reason}).</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path}: {reason}</source>
      <translation>Cannot open {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot reach the PostgreSQL server at {host}:{port} ({reason}). Check that the server PC is on and the address is right.</source>
      <translation>Cannot reach the PostgreSQL server at {host}:{port} ({reason}). Check that the server PC is on and the address is right.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot read or write {path}: {reason}</source>
      <translation>Cannot read or write {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot read {path}: {reason}</source>
      <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Choose another backup…</source>
      <translation>Choose another backup…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Create a new shop</source>
      <translation>Create a new shop</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Create a new shop here</source>
      <translation>Create a new shop here</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Create a new, empty shop at
{path}?

Do this only for a new shop: if the shop's data is on a drive that is not connected, connect it instead.</source>
      <translation>Create a new, empty shop at
{path}?

Do this only for a new shop: if the shop's data is on a drive that is not connected, connect it instead.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Find the file…</source>
      <translation>Find the file…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Find the shop's database</source>
      <translation>Find the shop's database</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>No backup of this shop was found beside it. Choose a backup file (from the backup disk, USB drive or NAS).</source>
      <translation>No backup of this shop was found beside it. Choose a backup file (from the backup disk, USB drive or NAS).</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>No database is open.</source>
      <translation>No database is open.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Owner's user name</source>
      <translation>Owner's user name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>PostgreSQL refused the user name or password for {url}.</source>
      <translation>PostgreSQL refused the user name or password for {url}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore the backup
{path}</source>
      <translation>Restore the backup
{path}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore the backup of {when}</source>
      <translation>Restore the backup of {when}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore the last good backup, made {when} ({age}): {rows} rows, in
{path}</source>
      <translation>Restore the last good backup, made {when} ({age}): {rows} rows, in
{path}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore this backup</source>
      <translation>Restore this backup</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>ShopManager cannot use the database
{path}
because it is damaged ({reason}). It was not changed.</source>
      <translation>ShopManager cannot use the database
{path}
because it is damaged ({reason}). It was not changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>ShopManager database (*.sqlite3 *.db);;All files (*)</source>
      <translation>ShopManager database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL address needs a database name: {url}</source>
      <translation>The PostgreSQL address needs a database name: {url}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL server has no database '{name}'. Create it first (createdb {name}) or check the address.</source>
      <translation>The PostgreSQL server has no database '{name}'. Create it first (createdb {name}) or check the address.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>The damaged file is moved aside, not deleted. What was entered after the backup must be entered again. Only the owner may do this.</source>
      <translation>The damaged file is moved aside, not deleted. What was entered after the backup must be entered again. Only the owner may do this.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>The database is damaged</source>
      <translation>The database is damaged</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>The database is missing</source>
      <translation>The database is missing</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The database stayed busy (another PC was saving) for too long. Nothing was changed; try again in a moment.</source>
      <translation>The database stayed busy (another PC was saving) for too long. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The database {path} or its folder is read-only. Ask for write access to the folder, or copy the file somewhere writable.</source>
      <translation>The database {path} or its folder is read-only. Ask for write access to the folder, or copy the file somewhere writable.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The disk holding the database reported a read or write error. If it is on a network drive or a USB disk, check that it is connected.</source>
      <translation>The disk holding the database reported a read or write error. If it is on a network drive or a USB disk, check that it is connected.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The disk holding {path} reported a read or write error. Nothing was saved. If the database is on a network drive or a USB disk, check that it is still connected.</source>
      <translation>The disk holding {path} reported a read or write error. Nothing was saved. If the database is on a network drive or a USB disk, check that it is still connected.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The disk of the database server ({host}) is full. Nothing was saved. Free some space on the server and try again.</source>
      <translation>The disk of the database server ({host}) is full. Nothing was saved. Free some space on the server and try again.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The folder {path} is read-only: the database cannot be created there.</source>
      <translation>The folder {path} is read-only: the database cannot be created there.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>There is no database at {path}. If it lives on a network drive or a USB disk, check that it is connected.</source>
      <translation>There is no database at {path}. If it lives on a network drive or a USB disk, check that it is connected.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>There is no shop database at
{path}

If it lives on a network drive or a USB disk, connect it and try again. ShopManager makes a new, empty shop only if you ask for it.</source>
      <translation>There is no shop database at
{path}

If it lives on a network drive or a USB disk, connect it and try again. ShopManager makes a new, empty shop only if you ask for it.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>This database was not made by ShopManager (it has other tables). It was left untouched.</source>
      <translation>This database was not made by ShopManager (it has other tables). It was left untouched.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>This database was written by a newer ShopManager (schema {found}; this program knows {known}). Install the newer version; the database was left untouched.</source>
      <translation>This database was written by a newer ShopManager (schema {found}; this program knows {known}). Install the newer version; the database was left untouched.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Try again</source>
      <translation>Try again</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Unknown kind of database address: {url}</source>
      <translation>Unknown kind of database address: {url}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is an empty file (0 bytes), not a shop database. It was left untouched; restore a backup or choose another file.</source>
      <translation>{path} is an empty file (0 bytes), not a shop database. It was left untouched; restore a backup or choose another file.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is damaged ({reason}). It was left untouched; restore a backup.</source>
      <translation>{path} is damaged ({reason}). It was left untouched; restore a backup.</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is not a ShopManager database, or it is damaged. It was left untouched; restore a backup or choose another file.</source>
      <translation>{path} is not a ShopManager database, or it is damaged. It was left untouched; restore a backup or choose another file.</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="shopmanager/services/demo_aftersales.py" />
      <source>After-sales cases</source>
      <translation>After-sales cases</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_appraisal.py" />
      <source>Appraisals</source>
      <translation>Appraisals</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_orders.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_products.py" />
      <source>Opening stock</source>
      <translation>Opening stock</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_orders.py" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_products.py" />
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Roster, attendance and the growth fund</source>
      <translation>Roster, attendance and the growth fund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Staff and accounts</source>
      <translation>Staff and accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>This database already holds a shop; the demo needs an empty one.</source>
      <translation>This database already holds a shop; the demo needs an empty one.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_roster.py" />
      <source>demo data: roster, attendance, meetings, fund</source>
      <translation>demo data: roster, attendance, meetings, fund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_orders.py" />
      <source>demo data: {customers} customers, {orders} orders</source>
      <translation>demo data: {customers} customers, {orders} orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>demo shop</source>
      <translation>demo shop</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="shopmanager/ui/dialogs.py" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>Disk</name>
    <message>
      <location filename="shopmanager/core/disk.py" />
      <source>Not enough room on the disk {disk} for {path}: {free} free, about {needed} needed. Nothing was changed. Free some space on that disk (or choose another one) and try again.</source>
      <translation>Not enough room on the disk {disk} for {path}: {free} free, about {needed} needed. Nothing was changed. Free some space on that disk (or choose another one) and try again.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/disk.py" />
      <source>The disk {disk} is full ({free} free): {path} could not be written. Nothing was saved. Free some space on that disk (empty the recycle bin, move old files away) and try again.</source>
      <translation>The disk {disk} is full ({free} free): {path} could not be written. Nothing was saved. Free some space on that disk (empty the recycle bin, move old files away) and try again.</translation>
    </message>
  </context>
  <context>
    <name>Dispatch</name>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Address confirmed</source>
      <translation>Address confirmed</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>All waiting</source>
      <translation>All waiting</translation>
    </message>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No overdue parcels.</source>
      <translation>No overdue parcels.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Nothing is waiting to be shipped.</source>
      <translation>Nothing is waiting to be shipped.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Nothing is waiting to be shipped. Paid orders appear here until their parcel leaves.</source>
      <translation>Nothing is waiting to be shipped. Paid orders appear here until their parcel leaves.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Nothing paid after today's cut-off.</source>
      <translation>Nothing paid after today's cut-off.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Paid after the cut-off: tomorrow</source>
      <translation>Paid after the cut-off: tomorrow</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Paid before {cutoff} ships the same day.</source>
      <translation>Paid before {cutoff} ships the same day.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Ship by</source>
      <translation>Ship by</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>To ship</source>
      <translation>To ship</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>To ship today</source>
      <translation>To ship today</translation>
    </message>
  </context>
  <context>
    <name>Excel</name>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{key}' appears again (first on row {first})</source>
      <translation>'{key}' appears again (first on row {first})</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is a long number a spreadsheet program cut short (Excel keeps only 15 digits): export the file from the platform again and import it without saving it in Excel, or format the column as text before you type or paste it</source>
      <translation>'{value}' is a long number a spreadsheet program cut short (Excel keeps only 15 digits): export the file from the platform again and import it without saving it in Excel, or format the column as text before you type or paste it</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a date</source>
      <translation>'{value}' is not a date</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a date (write it like 2024-01-05)</source>
      <translation>'{value}' is not a date (write it like 2024-01-05)</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a number</source>
      <translation>'{value}' is not a number</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a number ({reason})</source>
      <translation>'{value}' is not a number ({reason})</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a whole number</source>
      <translation>'{value}' is not a whole number</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a whole number ({reason})</source>
      <translation>'{value}' is not a whole number ({reason})</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not an amount</source>
      <translation>'{value}' is not an amount</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not an amount ({reason})</source>
      <translation>'{value}' is not an amount ({reason})</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not one of: {choices}</source>
      <translation>'{value}' is not one of: {choices}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not yes/no (是/否)</source>
      <translation>'{value}' is not yes/no (是/否)</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Also recognised as</source>
      <translation>Also recognised as</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Cannot write {path}: {reason}</source>
      <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again.</source>
      <translation>Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Column {column}, row {row}: the number {value} is beyond what Excel can hold; nothing was written. Correct the value and export again.</source>
      <translation>Column {column}, row {row}: the number {value} is beyond what Excel can hold; nothing was written. Correct the value and export again.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Columns marked * must be filled. Row 2 is an example: overwrite or delete it before importing. Columns may be in any order; extra columns are ignored.</source>
      <translation>Columns marked * must be filled. Row 2 is an example: overwrite or delete it before importing. Columns may be in any order; extra columns are ignored.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>No column is mapped to the required field '{field}'.</source>
      <translation>No column is mapped to the required field '{field}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>Reading {file}…</source>
      <translation>Reading {file}…</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>Row {row}, {column}: {message}</source>
      <translation>Row {row}, {column}: {message}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>Row {row}: {message}</source>
      <translation>Row {row}: {message}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Texts longer than the {n} characters an Excel cell holds were cut to their first {n}: {cells}.</source>
      <translation>Texts longer than the {n} characters an Excel cell holds were cut to their first {n}: {cells}.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>The file {file} does not exist.</source>
      <translation>The file {file} does not exist.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>The folder {path} does not exist.</source>
      <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/mapping.py" />
      <source>The saved column mapping is damaged; choose the columns again.</source>
      <translation>The saved column mapping is damaged; choose the columns again.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>The sheet would be larger than the 4 GB an xlsx part can hold: filter the list and export it in parts.</source>
      <translation>The sheet would be larger than the 4 GB an xlsx part can hold: filter the list and export it in parts.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Too many rows for one Excel sheet (at most {n}): filter the list and export it in parts.</source>
      <translation>Too many rows for one Excel sheet (at most {n}): filter the list and export it in parts.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>What to write</source>
      <translation>What to write</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Writing row {n}…</source>
      <translation>Writing row {n}…</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>amount in yuan, like 12.50 or ¥1,234.50</source>
      <translation>amount in yuan, like 12.50 or ¥1,234.50</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>column {column}, row {rows}</source>
      <translation>column {column}, row {rows}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>column {n}</source>
      <translation>column {n}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>date and time, like 2024-01-05 14:30</source>
      <translation>date and time, like 2024-01-05 14:30</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>date, like 2024-01-05, 2024/1/5, 2024年1月5日 or 20240105</source>
      <translation>date, like 2024-01-05, 2024/1/5, 2024年1月5日 or 20240105</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>longer than {n} characters</source>
      <translation>longer than {n} characters</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>number, like 2.5</source>
      <translation>number, like 2.5</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>one of the listed values</source>
      <translation>one of the listed values</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>one of: {choices}</source>
      <translation>one of: {choices}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>required, but empty</source>
      <translation>required, but empty</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>text, at most {n} characters</source>
      <translation>text, at most {n} characters</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>whole number, like 12</source>
      <translation>whole number, like 12</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>{date} is before {earliest}: check the date (an empty date cell is often exported as 1900-01-01)</source>
      <translation>{date} is before {earliest}: check the date (an empty date cell is often exported as 1900-01-01)</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} cannot be opened: {reason}</source>
      <translation>{file} cannot be opened: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} cannot be read (damaged, or not a spreadsheet): {reason}</source>
      <translation>{file} cannot be read (damaged, or not a spreadsheet): {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} cannot be read as CSV: {reason}</source>
      <translation>{file} cannot be read as CSV: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} contains XML declarations that spreadsheets never need (possible XML bomb): refused.</source>
      <translation>{file} contains XML declarations that spreadsheets never need (possible XML bomb): refused.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} has no header row (a row with at least two column names).</source>
      <translation>{file} has no header row (a row with at least two column names).</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} has no sheet '{sheet}'. Its sheets are: {names}.</source>
      <translation>{file} has no sheet '{sheet}'. Its sheets are: {names}.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} has no sheets.</source>
      <translation>{file} has no sheets.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is a folder, not a file: choose the file in it.</source>
      <translation>{file} is a folder, not a file: choose the file in it.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is a web page saved with a spreadsheet ending: open it in Excel or WPS and save it as .xlsx, then import that file.</source>
      <translation>{file} is a web page saved with a spreadsheet ending: open it in Excel or WPS and save it as .xlsx, then import that file.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} is compressed suspiciously well: refused as a possible zip bomb.</source>
      <translation>{file} is compressed suspiciously well: refused as a possible zip bomb.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} is damaged ({part} cannot be unpacked).</source>
      <translation>{file} is damaged ({part} cannot be unpacked).</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is empty.</source>
      <translation>{file} is empty.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is not a valid Excel/ODS file (damaged, or another kind of file with the wrong ending).</source>
      <translation>{file} is not a valid Excel/ODS file (damaged, or another kind of file with the wrong ending).</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is not in an encoding this program can read with certainty (UTF-8, GBK/GB18030 or Big5); read as GBK it would be garbage. Open it in Excel or WPS and save it as "CSV UTF-8", then import that file.</source>
      <translation>{file} is not in an encoding this program can read with certainty (UTF-8, GBK/GB18030 or Big5); read as GBK it would be garbage. Open it in Excel or WPS and save it as "CSV UTF-8", then import that file.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is protected by a password: open it in Excel or WPS, remove the password and save it again.</source>
      <translation>{file} is protected by a password: open it in Excel or WPS, remove the password and save it again.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} would unpack to {size} MB: refused (a spreadsheet for the shop is never that large; it may be a zip bomb).</source>
      <translation>{file} would unpack to {size} MB: refused (a spreadsheet for the shop is never that large; it may be a zip bomb).</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file}: files ending in '{suffix}' cannot be imported. Use xlsx, xls, ods or csv.</source>
      <translation>{file}: files ending in '{suffix}' cannot be imported. Use xlsx, xls, ods or csv.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file}: line {line} contains a NUL character (a zero byte): the file is damaged, or it is not a text file. Open it in Excel or WPS and save it again as CSV, then import that file.</source>
      <translation>{file}: line {line} contains a NUL character (a zero byte): the file is damaged, or it is not a text file. Open it in Excel or WPS and save it again as CSV, then import that file.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>{file}: this is written as an Excel workbook; give it a name ending in .xlsx.</source>
      <translation>{file}: this is written as an Excel workbook; give it a name ending in .xlsx.</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>{key_label} '{key}' is also on row {first} with a different {column}: '{a}' vs '{b}'</source>
      <translation>{key_label} '{key}' is also on row {first} with a different {column}: '{a}' vs '{b}'</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>{rows} and {n} more</source>
      <translation>{rows} and {n} more</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>是/否, Y/N, yes/no, 1/0, √/×</source>
      <translation>是/否, Y/N, yes/no, 1/0, √/×</translation>
    </message>
  </context>
  <context>
    <name>FirstRunForm</name>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Repeat password</source>
      <translation>&amp;Repeat password</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Shop name</source>
      <translation>&amp;Shop name</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;User name</source>
      <translation>&amp;User name</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner account</source>
      <translation>Owner account</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner's &amp;name</source>
      <translation>Owner's &amp;name</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Password: at least 8 characters, mixing letters with digits or symbols.</source>
      <translation>Password: at least 8 characters, mixing letters with digits or symbols.</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Shop</source>
      <translation>Shop</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Welcome to ShopManager. Set up your shop: its name, the language of the program, and the owner's account. The owner can add staff accounts afterwards.</source>
      <translation>Welcome to ShopManager. Set up your shop: its name, the language of the program, and the owner's account. The owner can add staff accounts afterwards.</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <location filename="shopmanager/ui/validation.py" />
      <source>Fields marked * are required.</source>
      <translation>Fields marked * are required.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/validation.py" />
      <source>Required</source>
      <translation>Required</translation>
    </message>
  </context>
  <context>
    <name>Fund</name>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Amount: at most ¥10,000,000.</source>
      <translation>Amount: at most ¥10,000,000.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Amount: must be more than 0.</source>
      <translation>Amount: must be more than 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Amount: not an amount.</source>
      <translation>Amount: not an amount.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Appraisal result</source>
      <translation>Appraisal result</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Checked by</source>
      <translation>Checked by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Choose fine or reward.</source>
      <translation>Choose fine or reward.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Choose income or spending.</source>
      <translation>Choose income or spending.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Choose what kind of entry it is.</source>
      <translation>Choose what kind of entry it is.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Closing balance</source>
      <translation>Closing balance</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Complaint fine</source>
      <translation>Complaint fine</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint fine…</source>
      <translation>Complaint fine…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint no. {n} of the month: the month's wage is forfeited (¥{amount} more).</source>
      <translation>Complaint no. {n} of the month: the month's wage is forfeited (¥{amount} more).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint no. {n} of the month: the month's wage is forfeited — but no wage is recorded for this person.</source>
      <translation>Complaint no. {n} of the month: the month's wage is forfeited — but no wage is recorded for this person.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint no. {n} of the month: ¥{amount}</source>
      <translation>Complaint no. {n} of the month: ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint received on</source>
      <translation>Complaint received on</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Discipline fine</source>
      <translation>Discipline fine</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Every fine goes to the department growth fund, kept in the open; it pays for team activities.</source>
      <translation>Every fine goes to the department growth fund, kept in the open; it pays for team activities.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Fine</source>
      <translation>Fine</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Fine / reward…</source>
      <translation>Fine / reward…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Fine or reward</source>
      <translation>Fine or reward</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Fines</source>
      <translation>Fines</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Fines and rewards</source>
      <translation>Fines and rewards</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Fines from upheld complaints</source>
      <translation>Fines from upheld complaints</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Give the reason for voiding it.</source>
      <translation>Give the reason for voiding it.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Give the reason.</source>
      <translation>Give the reason.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Growth fund</source>
      <translation>Growth fund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Growth fund statement</source>
      <translation>Growth fund statement</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Growth fund statement {month}</source>
      <translation>Growth fund statement {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Income</source>
      <translation>Income</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>It was voided already.</source>
      <translation>It was voided already.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Kept by</source>
      <translation>Kept by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>My fines and rewards</source>
      <translation>My fines and rewards</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Name the complaint (case number or what happened).</source>
      <translation>Name the complaint (case number or what happened).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Opening balance</source>
      <translation>Opening balance</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other fine</source>
      <translation>Other fine</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other income</source>
      <translation>Other income</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Other income of the fund</source>
      <translation>Other income of the fund</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other reward</source>
      <translation>Other reward</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other spending</source>
      <translation>Other spending</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Pay the reward from the growth fund</source>
      <translation>Pay the reward from the growth fund</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Print statement…</source>
      <translation>Print statement…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Reward</source>
      <translation>Reward</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Reward paid from the fund</source>
      <translation>Reward paid from the fund</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Sales champion award</source>
      <translation>Sales champion award</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Sales progress award</source>
      <translation>Sales progress award</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Say what the money was for.</source>
      <translation>Say what the money was for.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Say who took part or who paid.</source>
      <translation>Say who took part or who paid.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Select a fine or reward first.</source>
      <translation>Select a fine or reward first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Select an entry first.</source>
      <translation>Select an entry first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Spend from the fund</source>
      <translation>Spend from the fund</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Spending</source>
      <translation>Spending</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Spend…</source>
      <translation>Spend…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Team activity</source>
      <translation>Team activity</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Team award</source>
      <translation>Team award</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>That record no longer exists.</source>
      <translation>That record no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>The date {day} is in the future.</source>
      <translation>The date {day} is in the future.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>The fund holds ¥{balance}.</source>
      <translation>The fund holds ¥{balance}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>The fund holds ¥{balance}: not enough for ¥{amount}.</source>
      <translation>The fund holds ¥{balance}: not enough for ¥{amount}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>This entry belongs to a fine or reward: void that record instead.</source>
      <translation>This entry belongs to a fine or reward: void that record instead.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>This is {name}'s complaint no. {n} of the month: the month's wage is forfeited, but no base wage is recorded. The owner enters it under Staff &amp; accounts first.</source>
      <translation>This is {name}'s complaint no. {n} of the month: the month's wage is forfeited, but no base wage is recorded. The owner enters it under Staff &amp; accounts first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Training and books</source>
      <translation>Training and books</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void entry</source>
      <translation>Void entry</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void entry…</source>
      <translation>Void entry…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void fine / reward</source>
      <translation>Void fine / reward</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void fine / reward…</source>
      <translation>Void fine / reward…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Void reason</source>
      <translation>Void reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Voided entries are shown and not counted.</source>
      <translation>Voided entries are shown and not counted.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Why is it voided? (it stays visible)</source>
      <translation>Why is it voided? (it stays visible)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>case number, or what the buyer complained about</source>
      <translation>case number, or what the buyer complained about</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>complaint no. {n} of {month}: {reference}</source>
      <translation>complaint no. {n} of {month}: {reference}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>e.g. team dinner after the Double 11 rush</source>
      <translation>e.g. team dinner after the Double 11 rush</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>the month's wage is forfeited</source>
      <translation>the month's wage is forfeited</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>voided</source>
      <translation>voided</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>who took part, or who paid</source>
      <translation>who took part, or who paid</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>{name}: {case} ¥{amount}</source>
      <translation>{name}: {case} ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>{n} fine(s) recorded from upheld complaints; {already} had one already.</source>
      <translation>{n} fine(s) recorded from upheld complaints; {already} had one already.</translation>
    </message>
  </context>
  <context>
    <name>Handover</name>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Also show items ticked off in the last 14 days</source>
      <translation>Also show items ticked off in the last 14 days</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>At most {n} characters per item: split it.</source>
      <translation>At most {n} characters per item: split it.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>For shift</source>
      <translation>For shift</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>From shift</source>
      <translation>From shift</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Hand over</source>
      <translation>Hand over</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Matter</source>
      <translation>Matter</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Select an item first.</source>
      <translation>Select an item first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>That handover item no longer exists.</source>
      <translation>That handover item no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>This item was ticked off already ({time}).</source>
      <translation>This item was ticked off already ({time}).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Tick off</source>
      <translation>Tick off</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Tick off (taken over)…</source>
      <translation>Tick off (taken over)…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Ticked off</source>
      <translation>Ticked off</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>What must the next shift know or do? One matter per item.</source>
      <translation>What must the next shift know or do? One matter per item.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>What was done</source>
      <translation>What was done</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>What was done (optional):</source>
      <translation>What was done (optional):</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>Write what the next shift must know.</source>
      <translation>Write what the next shift must know.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Written</source>
      <translation>Written</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>You wrote this item: the next shift ticks it off.</source>
      <translation>You wrote this item: the next shift ticks it off.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>open</source>
      <translation>open</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>'{value}' is not a phone number</source>
      <translation>'{value}' is not a phone number</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>(column {n})</source>
      <translation>(column {n})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>(not imported)</source>
      <translation>(not imported)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>, and {n} more rows with a problem or warning</source>
      <translation>, and {n} more rows with a problem or warning</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>; the rows above refund ¥{above} more on it</source>
      <translation>; the rows above refund ¥{above} more on it</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>After-sales type</source>
      <translation>After-sales type</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Amount paid</source>
      <translation>Amount paid</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>An item report (宝贝报表): its lines join the orders of the order report (订单报表), imported before or after.</source>
      <translation>An item report (宝贝报表): its lines join the orders of the order report (订单报表), imported before or after.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>An order report without prices per item: import the item report (宝贝报表) too — before or after — to link each order's products.</source>
      <translation>An order report without prices per item: import the item report (宝贝报表) too — before or after — to link each order's products.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Another PC changed the same records meanwhile — checking again…</source>
      <translation>Another PC changed the same records meanwhile — checking again…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Another PC is saving — retrying…</source>
      <translation>Another PC is saving — retrying…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Applied at</source>
      <translation>Applied at</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Barcode {code} already belongs to the product {sku}.</source>
      <translation>Barcode {code} already belongs to the product {sku}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Buyer id</source>
      <translation>Buyer id</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Buyer's explanation</source>
      <translation>Buyer's explanation</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Buyer's message</source>
      <translation>Buyer's message</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Channel: from the file's layout</source>
      <translation>Channel: from the file's layout</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Channel: {channel}</source>
      <translation>Channel: {channel}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Check (dry run)</source>
      <translation>Check (dry run)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Check passed: the import would give {counts}. Nothing was written yet.</source>
      <translation>Check passed: the import would give {counts}. Nothing was written yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Checking rows…</source>
      <translation>Checking rows…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose a file to import</source>
      <translation>Choose a file to import</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose an Excel or CSV file…</source>
      <translation>Choose an Excel or CSV file…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose file…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose our product…</source>
      <translation>Choose our product…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose the channel (platform) these orders come from first: the choice is remembered for that channel.</source>
      <translation>Choose the channel (platform) these orders come from first: the choice is remembered for that channel.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Choose the channel (platform) these orders come from.</source>
      <translation>Choose the channel (platform) these orders come from.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Choose the channel (platform) these refunds come from.</source>
      <translation>Choose the channel (platform) these refunds come from.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Choose the columns for SKU and name: both are required.</source>
      <translation>Choose the columns for SKU and name: both are required.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Choose the item to map.</source>
      <translation>Choose the item to map.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Column in your file</source>
      <translation>Column in your file</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Column mapping</source>
      <translation>Column mapping</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Create placeholder products for unknown items</source>
      <translation>Create placeholder products for unknown items</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Douyin after-sales export</source>
      <translation>Douyin after-sales export</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Douyin export</source>
      <translation>Douyin export</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Download template…</source>
      <translation>Download template…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Finished at</source>
      <translation>Finished at</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Freight</source>
      <translation>Freight</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Give the mapping a name.</source>
      <translation>Give the mapping a name.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Goods amount (order)</source>
      <translation>Goods amount (order)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Goods status</source>
      <translation>Goods status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Goods to be returned</source>
      <translation>Goods to be returned</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Guess from the headers</source>
      <translation>Guess from the headers</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import platform orders</source>
      <translation>Import platform orders</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import products</source>
      <translation>Import products</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import {n} rows from {file}? Every row is checked first: if one has a problem, nothing is written.</source>
      <translation>Import {n} rows from {file}? Every row is checked first: if one has a problem, nothing is written.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Imported: {counts}.</source>
      <translation>Imported: {counts}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Item code (外部系统编号)</source>
      <translation>Item code (外部系统编号)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Item in the file</source>
      <translation>Item in the file</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Item properties</source>
      <translation>Item properties</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Item title</source>
      <translation>Item title</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Items in the file that are none of our products: {n}. Choose ours for each (remembered for this channel), or let the import create placeholder products.</source>
      <translation>Items in the file that are none of our products: {n}. Choose ours for each (remembered for this channel), or let the import create placeholder products.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Items of order {number} (see the item report)</source>
      <translation>Items of order {number} (see the item report)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>JD after-sales export</source>
      <translation>JD after-sales export</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>JD export</source>
      <translation>JD export</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Line total</source>
      <translation>Line total</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Map at least the order number and the item title or SKU.</source>
      <translation>Map at least the order number and the item title or SKU.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Map at least the refund number and the order number.</source>
      <translation>Map at least the refund number and the order number.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Name of this mapping:</source>
      <translation>Name of this mapping:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>No product has the SKU or barcode '{text}', nor a name with it.</source>
      <translation>No product has the SKU or barcode '{text}', nor a name with it.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Only the owner may import costs: leave the column '{column}' unmapped.</source>
      <translation>Only the owner may import costs: leave the column '{column}' unmapped.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Opening stock cannot be negative.</source>
      <translation>Opening stock cannot be negative.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Order status</source>
      <translation>Order status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Order total</source>
      <translation>Order total</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Order {number} is shipped on the platform but the file has no tracking number: it stays to ship here.</source>
      <translation>Order {number} is shipped on the platform but the file has no tracking number: it stays to ship here.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Order {number} was shipped here with {ours}; the file says {theirs}. Left as it is.</source>
      <translation>Order {number} was shipped here with {ours}; the file says {theirs}. Left as it is.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Order {number}: the goods amount {goods} is more than its lines add up to ({lines}); the lines are kept.</source>
      <translation>Order {number}: the goods amount {goods} is more than its lines add up to ({lines}); the lines are kept.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Ordered at</source>
      <translation>Ordered at</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Other PCs kept changing the same records during the import. What was written stays; import the file again to complete it.</source>
      <translation>Other PCs kept changing the same records during the import. What was written stays; import the file again to complete it.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_labels.py" />
      <source>Our product</source>
      <translation>Our product</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Our product for {item}</source>
      <translation>Our product for {item}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Paid at</source>
      <translation>Paid at</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Pinduoduo after-sales export</source>
      <translation>Pinduoduo after-sales export</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Pinduoduo export</source>
      <translation>Pinduoduo export</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Platform order number</source>
      <translation>Platform order number</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Preview: the first {n} rows of {total}</source>
      <translation>Preview: the first {n} rows of {total}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Problems ({n})</source>
      <translation>Problems ({n})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Reading the file…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Reading the values…</source>
      <translation>Reading the values…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Reading {file}…</source>
      <translation>Reading {file}…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Receiver</source>
      <translation>Receiver</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Receiver phone</source>
      <translation>Receiver phone</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund amount</source>
      <translation>Refund amount</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund number</source>
      <translation>Refund number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund reason</source>
      <translation>Refund reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund status</source>
      <translation>Refund status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Return tracking number</source>
      <translation>Return tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>SKU (merchant code)</source>
      <translation>SKU (merchant code)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>SKU, barcode or part of the name of our product:</source>
      <translation>SKU, barcode or part of the name of our product:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save import template</source>
      <translation>Save import template</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save mapping</source>
      <translation>Save mapping</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save mapping…</source>
      <translation>Save mapping…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save rows with errors</source>
      <translation>Save rows with errors</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save rows with errors…</source>
      <translation>Save rows with errors…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Saved {path}: your rows with an error column. Fix them and import this file again.</source>
      <translation>Saved {path}: your rows with an error column. Fix them and import this file again.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Saved: {name}</source>
      <translation>Saved: {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Seller note</source>
      <translation>Seller note</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Taobao / Tmall item report (宝贝报表)</source>
      <translation>Taobao / Tmall item report (宝贝报表)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Taobao / Tmall order report (订单报表)</source>
      <translation>Taobao / Tmall order report (订单报表)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Taobao / Tmall refund export</source>
      <translation>Taobao / Tmall refund export</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Template saved to {path}</source>
      <translation>Template saved to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>That product no longer exists.</source>
      <translation>That product no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>The database stayed busy: another PC is saving a lot. This part of the import was not written; import the file again later (what was written is recognised).</source>
      <translation>The database stayed busy: another PC is saving a lot. This part of the import was not written; import the file again later (what was written is recognised).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>The disk {disk} is full ({free} free).</source>
      <translation>The disk {disk} is full ({free} free).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>The import is written in {total} parts: the first {done} were written and stay, the rest were not. Import the file again when this is solved: what was written is recognised and the rest is added.</source>
      <translation>The import is written in {total} parts: the first {done} were written and stay, the rest were not. Import the file again when this is solved: what was written is recognised and the rest is added.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>These columns of the saved mapping are not in this file: {names}</source>
      <translation>These columns of the saved mapping are not in this file: {names}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Tracking number</source>
      <translation>Tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Tracking number {tracking_no} is already used by order {order_no}.</source>
      <translation>Tracking number {tracking_no} is already used by order {order_no}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Unit price</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Which product?</source>
      <translation>Which product?</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Writing part {n} of {total}…</source>
      <translation>Writing part {n} of {total}…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Your role may not change sale prices: leave the column '{column}' unmapped.</source>
      <translation>Your role may not change sale prices: leave the column '{column}' unmapped.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>a refund cannot be negative</source>
      <translation>a refund cannot be negative</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>closed on the platform</source>
      <translation>closed on the platform</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>import {file}</source>
      <translation>import {file}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>import {file} row {row}</source>
      <translation>import {file} row {row}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>item lines of {n} orders wait for the order report</source>
      <translation>item lines of {n} orders wait for the order report</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>opening stock from import</source>
      <translation>opening stock from import</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>order {number} is not in the program: import the platform's orders first</source>
      <translation>order {number} is not in the program: import the platform's orders first</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>order {number} is on several channels: choose the channel of this file</source>
      <translation>order {number} is on several channels: choose the channel of this file</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>order {number}: the total is above 100,000,000</source>
      <translation>order {number}: the total is above 100,000,000</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>placeholder from an order import: {item}</source>
      <translation>placeholder from an order import: {item}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>platform refund {number}</source>
      <translation>platform refund {number}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>red: shipped orders that take stock below zero</source>
      <translation>red: shipped orders that take stock below zero</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>refund {number}: {status}</source>
      <translation>refund {number}: {status}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>refund ¥{amount} is more than can be refunded on order {order_no} (paid ¥{paid}, ¥{done} already refunded)</source>
      <translation>refund ¥{amount} is more than can be refunded on order {order_no} (paid ¥{paid}, ¥{done} already refunded)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>shipped: the stock of {sku} goes to {balance}, below zero; record the goods received</source>
      <translation>shipped: the stock of {sku} goes to {balance}, below zero; record the goods received</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the amount must be between 0 and 100,000,000</source>
      <translation>the amount must be between 0 and 100,000,000</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the item has neither a title nor a SKU</source>
      <translation>the item has neither a title nor a SKU</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the order time is in the future</source>
      <translation>the order time is in the future</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the payment time must be between the order time and now</source>
      <translation>the payment time must be between the order time and now</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the quantity must be from 1 to 100000</source>
      <translation>the quantity must be from 1 to 100000</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>tracking number {tracking} is also on row {row} for another order</source>
      <translation>tracking number {tracking} is also on row {row} for another order</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>unknown product '{item}': choose ours for it in the preview, add it first, or let the import create placeholder products</source>
      <translation>unknown product '{item}': choose ours for it in the preview, add it first, or let the import create placeholder products</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>unknown — double-click to choose</source>
      <translation>unknown — double-click to choose</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>warnings, in red ({n}): they do not stop the import</source>
      <translation>warnings, in red ({n}): they do not stop the import</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>{case_no} from platform refund {number}</source>
      <translation>{case_no} from platform refund {number}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>{channel} item {code} → {sku} {name}</source>
      <translation>{channel} item {code} → {sku} {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>{created} new, {updated} updated, {unchanged} unchanged</source>
      <translation>{created} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>{file} ({channel}): {created} new, {updated} updated, {unchanged} unchanged</source>
      <translation>{file} ({channel}): {created} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>{file}: {created} new, {updated} updated, {unchanged} unchanged, {flagged} outside the policy</source>
      <translation>{file}: {created} new, {updated} updated, {unchanged} unchanged, {flagged} outside the policy</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders are not imported yet: their item lines wait for the order report (订单报表).</source>
      <translation>{n} orders are not imported yet: their item lines wait for the order report (订单报表).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders have no item lines yet (this file has no price per item): import the item report (宝贝报表) too, to link their products.</source>
      <translation>{n} orders have no item lines yet (this file has no price per item): import the item report (宝贝报表) too, to link their products.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders imported from the order report get their item lines.</source>
      <translation>{n} orders imported from the order report get their item lines.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders take their lines from the item report imported earlier.</source>
      <translation>{n} orders take their lines from the item report imported earlier.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>{n} problems: nothing was imported. Fix them in your file (or save the rows with an error column), then try again.</source>
      <translation>{n} problems: nothing was imported. Fix them in your file (or save the rows with an error column), then try again.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} products are named '{title}': give the line its SKU (商家编码), or choose the product for it in the preview</source>
      <translation>{n} products are named '{title}': give the line its SKU (商家编码), or choose the product for it in the preview</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>{n} refunds are outside the shop's policy: they are recorded and flagged (⚠ in the list).</source>
      <translation>{n} refunds are outside the shop's policy: they are recorded and flagged (⚠ in the list).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>{n} rows read from sheet '{sheet}'. Check the mapping, then Check or Import.</source>
      <translation>{n} rows read from sheet '{sheet}'. Check the mapping, then Check or Import.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>{order_no}: imported from {file} row {row}</source>
      <translation>{order_no}: imported from {file} row {row}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>{order_no}: item lines from {file}</source>
      <translation>{order_no}: item lines from {file}</translation>
    </message>
  </context>
  <context>
    <name>Leave</name>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>A leave request covers at most 190 days.</source>
      <translation>A leave request covers at most 190 days.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Annual leave</source>
      <translation>Annual leave</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Approve</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Ask for leave</source>
      <translation>Ask for leave</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Ask for leave…</source>
      <translation>Ask for leave…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Bereavement leave</source>
      <translation>Bereavement leave</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>C</source>
      <translation>C</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Choose the kind of leave.</source>
      <translation>Choose the kind of leave.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Decision note</source>
      <translation>Decision note</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Enter leave for someone…</source>
      <translation>Enter leave for someone…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Everyone's, last 90 days</source>
      <translation>Everyone's, last 90 days</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>F</source>
      <translation>F</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Give a reason for the leave.</source>
      <translation>Give a reason for the leave.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Leave is asked for in advance and approved by the supervisor.</source>
      <translation>Leave is asked for in advance and approved by the supervisor.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Leave is asked for in advance: it cannot start before today. For past days (sick leave), ask your supervisor to enter it.</source>
      <translation>Leave is asked for in advance: it cannot start before today. For past days (sick leave), ask your supervisor to enter it.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>M</source>
      <translation>M</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Marriage leave</source>
      <translation>Marriage leave</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Maternity/paternity leave</source>
      <translation>Maternity/paternity leave</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My requests</source>
      <translation>My requests</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>O</source>
      <translation>O</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Only a waiting request, or approved leave that has not started, can be withdrawn.</source>
      <translation>Only a waiting request, or approved leave that has not started, can be withdrawn.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Only your own leave requests can be withdrawn.</source>
      <translation>Only your own leave requests can be withdrawn.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Other leave</source>
      <translation>Other leave</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>P</source>
      <translation>P</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Personal leave</source>
      <translation>Personal leave</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reject</source>
      <translation>Reject</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reject…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>S</source>
      <translation>S</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Select a request first.</source>
      <translation>Select a request first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Send request</source>
      <translation>Send request</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Sick leave</source>
      <translation>Sick leave</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>That leave request no longer exists.</source>
      <translation>That leave request no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>The leave ends ({end}) before it starts ({start}).</source>
      <translation>The leave ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>This request was decided already: {status}.</source>
      <translation>This request was decided already: {status}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Time off in lieu</source>
      <translation>Time off in lieu</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Why is it rejected?</source>
      <translation>Why is it rejected?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Withdraw</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Withdraw this leave request?</source>
      <translation>Withdraw this leave request?</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Your own leave is approved by someone else.</source>
      <translation>Your own leave is approved by someone else.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>{name} has {kind} from {start} to {end} already ({status}).</source>
      <translation>{name} has {kind} from {start} to {end} already ({status}).</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Carriers</source>
      <translation>Carriers</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Categories</source>
      <translation>Categories</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Contact person</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Delete this category?</source>
      <translation>Delete this category?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>In use</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Name of the carrier (物流公司):</source>
      <translation>Name of the carrier (物流公司):</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Name of the category:</source>
      <translation>Name of the category:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New carrier</source>
      <translation>New carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New carrier…</source>
      <translation>New carrier…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New category</source>
      <translation>New category</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New category…</source>
      <translation>New category…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New name:</source>
      <translation>New name:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New supplier…</source>
      <translation>New supplier…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Number patterns</source>
      <translation>Number patterns</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Number patterns — {name}</source>
      <translation>Number patterns — {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Number patterns…</source>
      <translation>Number patterns…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>One pattern a line. Letters and digits stand for themselves; # is a digit, @ a letter, * the rest of the number; {12} or {12-15} repeats the # or @ before it. Example: SF#{12-15} is SF and 12 to 15 digits.</source>
      <translation>One pattern a line. Letters and digits stand for themselves; # is a digit, @ a letter, * the rest of the number; {12} or {12-15} repeats the # or @ before it. Example: SF#{12-15} is SF and 12 to 15 digits.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Rename category</source>
      <translation>Rename category</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Select a carrier first.</source>
      <translation>Select a carrier first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Stop / resume using</source>
      <translation>Stop / resume using</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Suppliers</source>
      <translation>Suppliers</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Try a tracking number…</source>
      <translation>Try a tracking number…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>{name} is added. To recognise its tracking numbers, give it its number patterns (Number patterns…).</source>
      <translation>{name} is added. To recognise its tracking numbers, give it its number patterns (Number patterns…).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>{number}: no carrier's pattern fits.</source>
      <translation>{number}: no carrier's pattern fits.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>{number}: {names}</source>
      <translation>{number}: {names}</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Change password</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Create shop</source>
      <translation>Create shop</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Demo shop — every account has the password "{password}". Click one to fill it in:</source>
      <translation>Demo shop — every account has the password "{password}". Click one to fill it in:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in — ShopManager</source>
      <translation>Log in — ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Set up your shop</source>
      <translation>Set up your shop</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two new passwords differ.</source>
      <translation>The two new passwords differ.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This account is disabled. Ask the owner.</source>
      <translation>This account is disabled. Ask the owner.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
      <translation>Too many wrong passwords. Try again in {seconds} seconds.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong password. Wait {seconds} seconds before the next try.</source>
      <translation>Wrong password. Wait {seconds} seconds before the next try.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong user name or password.</source>
      <translation>Wrong user name or password.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>You may try again.</source>
      <translation>You may try again.</translation>
    </message>
  </context>
  <context>
    <name>LoginForm</name>
    <message>
      <location filename="login.ui" />
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="login.ui" />
      <source>&amp;User name</source>
      <translation>&amp;User name</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;About ShopManager</source>
      <translation>&amp;About ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Back up now</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Log out</source>
      <translation>&amp;Log out</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>About ShopManager</source>
      <translation>About ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>An unexpected error occurred. Your saved data is safe; the last action may not have been completed. Details were written to {path}.</source>
      <translation>An unexpected error occurred. Your saved data is safe; the last action may not have been completed. Details were written to {path}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Cannot open the database</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Change &amp;password…</source>
      <translation>Change &amp;password…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Please choose a new password before you start (a temporary or old password must be changed).</source>
      <translation>Please choose a new password before you start (a temporary or old password must be changed).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>ShopManager {version}
The back office of a small online shop: products, stock, orders, staff.
Data: {db}</source>
      <translation>ShopManager {version}
The back office of a small online shop: products, stock, orders, staff.
Data: {db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>The backup of {when} was restored. The damaged file was kept as
{aside}</source>
      <translation>The backup of {when} was restored. The damaged file was kept as
{aside}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>The shop's language ({name})</source>
      <translation>The shop's language ({name})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>User: {name} ({role})</source>
      <translation>User: {name} ({role})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Work is still running. Stop it and close?</source>
      <translation>Work is still running. Stop it and close?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your password was changed.</source>
      <translation>Your password was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your role has no pages yet. Ask the owner.</source>
      <translation>Your role has no pages yet. Ask the owner.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} need attention</source>
      <translation>{n} need attention</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} to do</source>
      <translation>{n} to do</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} to do, {urgent} of them overdue</source>
      <translation>{n} to do, {urgent} of them overdue</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Add a decision</source>
      <translation>Add a decision</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Chair</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Chaired by</source>
      <translation>Chaired by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Decision {n}: write what was decided.</source>
      <translation>Decision {n}: write what was decided.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Decisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Decisions:</source>
      <translation>Decisions:</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Held at</source>
      <translation>Held at</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Last week's work</source>
      <translation>Last week's work</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Minutes are written for a meeting held, not one weeks ahead.</source>
      <translation>Minutes are written for a meeting held, not one weeks ahead.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Minutes taken by</source>
      <translation>Minutes taken by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Open decisions</source>
      <translation>Open decisions</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Open…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Present</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Print minutes…</source>
      <translation>Print minutes…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Remove the decision</source>
      <translation>Remove the decision</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Reports of the members</source>
      <translation>Reports of the members</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Reports of the members (double-click to write):</source>
      <translation>Reports of the members (double-click to write):</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Select a meeting first.</source>
      <translation>Select a meeting first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>That meeting record no longer exists.</source>
      <translation>That meeting record no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Today's weekly meeting is recorded.</source>
      <translation>Today's weekly meeting is recorded.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Weekly meeting</source>
      <translation>Weekly meeting</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Weekly meeting today at {time}: each customer-service member reports last week's work and what to improve.</source>
      <translation>Weekly meeting today at {time}: each customer-service member reports last week's work and what to improve.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Weekly meeting: next on {when}.</source>
      <translation>Weekly meeting: next on {when}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Weekly meetings</source>
      <translation>Weekly meetings</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>What to improve</source>
      <translation>What to improve</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Write this week's minutes…</source>
      <translation>Write this week's minutes…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>{name} is listed twice.</source>
      <translation>{name} is listed twice.</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please check</source>
      <translation>Please check</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please confirm</source>
      <translation>Please confirm</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>ShopManager</source>
      <translation>ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>a comma is only allowed between groups of three digits (1,234.50); write a decimal point: 12.5</source>
      <translation>a comma is only allowed between groups of three digits (1,234.50); write a decimal point: 12.5</translation>
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>far too large</source>
      <translation>far too large</translation>
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>not a number</source>
      <translation>not a number</translation>
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>{field}: '{value}' is not an amount ({reason}).</source>
      <translation>{field}: '{value}' is not an amount ({reason}).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: not an amount</source>
      <translation>{field}: not an amount</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>After-sales</source>
      <translation>After-sales</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Appraisal</source>
      <translation>Appraisal</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Batch shipping</source>
      <translation>Batch shipping</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Customers</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Defective stock</source>
      <translation>Defective stock</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Growth fund</source>
      <translation>Growth fund</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Inventory alerts</source>
      <translation>Inventory alerts</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Meetings &amp; training</source>
      <translation>Meetings &amp; training</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Revisit plan</source>
      <translation>Revisit plan</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Roster</source>
      <translation>Roster</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Staff &amp; accounts</source>
      <translation>Staff &amp; accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Stock movements</source>
      <translation>Stock movements</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Stocktake</source>
      <translation>Stocktake</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>To ship today</source>
      <translation>To ship today</translation>
    </message>
  </context>
  <context>
    <name>OrderForm</name>
    <message>
      <location filename="order.ui" />
      <source>&amp;Address</source>
      <translation>&amp;Address</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Buyer's message</source>
      <translation>&amp;Buyer's message</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Channel</source>
      <translation>&amp;Channel</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Receiver</source>
      <translation>&amp;Receiver</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Taken by</source>
      <translation>&amp;Taken by</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Address and phone confirmed with the buyer</source>
      <translation>Address and phone confirmed with the buyer</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Bank transfer record</source>
      <translation>Bank transfer record</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Cancel shipment…</source>
      <translation>Cancel shipment…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Change status…</source>
      <translation>Change status…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Ctrl+Shift+V: paste what the buyer sent (姓名 手机 地址 in any order) and fill the receiver</source>
      <translation>Ctrl+Shift+V: paste what the buyer sent (姓名 手机 地址 in any order) and fill the receiver</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Find customer…</source>
      <translation>Find customer…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Freight (¥)</source>
      <translation>Freight (¥)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Order discount (¥)</source>
      <translation>Order discount (¥)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Pa&amp;yment</source>
      <translation>Pa&amp;yment</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Paid amount (¥)</source>
      <translation>Paid amount (¥)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Paste name, phone, address from a chat…</source>
      <translation>Paste name, phone, address from a chat…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Platform order &amp;number</source>
      <translation>Platform order &amp;number</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Receiver &amp;phone</source>
      <translation>Receiver &amp;phone</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Remove item</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Seller &amp;note</source>
      <translation>Seller &amp;note</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Shipments</source>
      <translation>Shipments</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Ship…</source>
      <translation>Ship…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Type a name, SKU or barcode and pick the item (a scanner adds it at once)</source>
      <translation>Type a name, SKU or barcode and pick the item (a scanner adds it at once)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>bank, payer, time, amount</source>
      <translation>bank, payer, time, amount</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>province, city, district, street and number</source>
      <translation>province, city, district, street and number</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>the total once paid</source>
      <translation>the total once paid</translation>
    </message>
  </context>
  <context>
    <name>Orders</name>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>(not found)</source>
      <translation>(not found)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>(not paid yet)</source>
      <translation>(not paid yet)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>A cancelled or closed order stays as it is; enter a new order.</source>
      <translation>A cancelled or closed order stays as it is; enter a new order.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>A new customer was made from the receiver.</source>
      <translation>A new customer was made from the receiver.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Add at least one line to the order.</source>
      <translation>Add at least one line to the order.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Address confirmed</source>
      <translation>Address confirmed</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Alipay</source>
      <translation>Alipay</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>All channels</source>
      <translation>All channels</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Any time</source>
      <translation>Any time</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>At most {n} packing slips at a time.</source>
      <translation>At most {n} packing slips at a time.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Bank transfer</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Buyer's message</source>
      <translation>Buyer's message</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Buyer's message: {text}</source>
      <translation>Buyer's message: {text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Cash</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Choose at least one order to print.</source>
      <translation>Choose at least one order to print.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Completed</source>
      <translation>Completed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Customer / receiver</source>
      <translation>Customer / receiver</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Customer: {name} ({n} orders so far)</source>
      <translation>Customer: {name} ({n} orders so far)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Delivered</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Discount</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Douyin</source>
      <translation>Douyin</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Fill in</source>
      <translation>Fill in</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Find customer</source>
      <translation>Find customer</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Freight</source>
      <translation>Freight</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Import platform orders…</source>
      <translation>Import platform orders…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>It has shipped: register an after-sales case instead.</source>
      <translation>It has shipped: register an after-sales case instead.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Item {n}: '{value}' is not valid here.</source>
      <translation>Item {n}: '{value}' is not valid here.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>JD</source>
      <translation>JD</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Last 30 days</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Last 7 days</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Line total</source>
      <translation>Line total</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Line {n}: {problem}</source>
      <translation>Line {n}: {problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Mobile</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>More…</source>
      <translation>More…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>New customer: made from the receiver on saving</source>
      <translation>New customer: made from the receiver on saving</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>New order</source>
      <translation>New order</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No customer</source>
      <translation>No customer</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No customer found for '{text}'. Create a new customer?</source>
      <translation>No customer found for '{text}'. Create a new customer?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No orders yet. Customer service enters or imports them.</source>
      <translation>No orders yet. Customer service enters or imports them.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No orders yet. Enter one with New order (Ctrl+N), or import the orders exported from your platform with Import platform orders….</source>
      <translation>No orders yet. Enter one with New order (Ctrl+N), or import the orders exported from your platform with Import platform orders….</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>No product has the SKU or barcode '{code}'.</source>
      <translation>No product has the SKU or barcode '{code}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No product has the name, SKU or barcode '{code}'.</source>
      <translation>No product has the name, SKU or barcode '{code}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>No product matches '{text}'.</source>
      <translation>No product matches '{text}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>No province or city recognised: check the address.</source>
      <translation>No province or city recognised: check the address.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Not used</source>
      <translation>Not used</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order</source>
      <translation>Order</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order / platform number, phone, tracking no.  (Ctrl+F)</source>
      <translation>Order / platform number, phone, tracking no.  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Order discount</source>
      <translation>Order discount</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order discount: more than the goods and the freight.</source>
      <translation>Order discount: more than the goods and the freight.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Order lines</source>
      <translation>Order lines</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Order number</source>
      <translation>Order number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order number: required.</source>
      <translation>Order number: required.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order saved</source>
      <translation>Order saved</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order time: it is in the future.</source>
      <translation>Order time: it is in the future.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order {order_no} is '{status}': it can no longer be changed.</source>
      <translation>Order {order_no} is '{status}': it can no longer be changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order {order_no} is already paid.</source>
      <translation>Order {order_no} is already paid.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order {order_no} is saved. The number is copied: paste it into the chat with the buyer.</source>
      <translation>Order {order_no} is saved. The number is copied: paste it into the chat with the buyer.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Ordered</source>
      <translation>Ordered</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Packed</source>
      <translation>Packed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Packing slip</source>
      <translation>Packing slip</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Packing slips</source>
      <translation>Packing slips</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Paid amount</source>
      <translation>Paid amount</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Paid at</source>
      <translation>Paid at</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Paid, to ship</source>
      <translation>Paid, to ship</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Paste the buyer's name, mobile number and address — in any order, with or without labels such as 收货人: / 电话: / 地址:.</source>
      <translation>Paste the buyer's name, mobile number and address — in any order, with or without labels such as 收货人: / 电话: / 地址:.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Paste the receiver from a chat</source>
      <translation>Paste the receiver from a chat</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Payment method</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Payment time: between the order time and now.</source>
      <translation>Payment time: between the order time and now.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Pending payment</source>
      <translation>Pending payment</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Phone number or platform buyer name:</source>
      <translation>Phone number or platform buyer name:</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Picked</source>
      <translation>Picked</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Picking list: {n} orders, {pieces} pieces</source>
      <translation>Picking list: {n} orders, {pieces} pieces</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Pinduoduo</source>
      <translation>Pinduoduo</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Platform number</source>
      <translation>Platform number</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Platform order number</source>
      <translation>Platform order number</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Platform payment</source>
      <translation>Platform payment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Print packing slips…</source>
      <translation>Print packing slips…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Reading orders…</source>
      <translation>Reading orders…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Reason (kept in the history):</source>
      <translation>Reason (kept in the history):</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Reason: say why the order is cancelled or closed.</source>
      <translation>Reason: say why the order is cancelled or closed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Receiver</source>
      <translation>Receiver</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Receiver's address</source>
      <translation>Receiver's address</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Receiver's phone</source>
      <translation>Receiver's phone</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Sales report…</source>
      <translation>Sales report…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Select an order first.</source>
      <translation>Select an order first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Select the orders to print (Ctrl+click or Shift+click for several).</source>
      <translation>Select the orders to print (Ctrl+click or Shift+click for several).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Seller's note</source>
      <translation>Seller's note</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Ship order {order_no} with a carrier and a tracking number (Shipping).</source>
      <translation>Ship order {order_no} with a carrier and a tracking number (Shipping).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Shipped</source>
      <translation>Shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Someone else changed order {order_no} after you opened it. Close it, open it again and redo your change.</source>
      <translation>Someone else changed order {order_no} after you opened it. Close it, open it again and redo your change.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Taken by</source>
      <translation>Taken by</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Taobao</source>
      <translation>Taobao</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Thank you for shopping with us! Questions about your parcel: {shop}</source>
      <translation>Thank you for shopping with us! Questions about your parcel: {shop}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>That customer no longer exists.</source>
      <translation>That customer no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That order no longer exists.</source>
      <translation>That order no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>That staff member no longer exists.</source>
      <translation>That staff member no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>The order cannot go from '{current}' to '{target}'.</source>
      <translation>The order cannot go from '{current}' to '{target}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>The order total is above 100,000,000.</source>
      <translation>The order total is above 100,000,000.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>The platform number {number} belongs to several orders ({orders}); use the shop's order number.</source>
      <translation>The platform number {number} belongs to several orders ({orders}); use the shop's order number.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>There is no order with the number {number}.</source>
      <translation>There is no order with the number {number}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>This customer's personal data was erased; create a new customer for the order.</source>
      <translation>This customer's personal data was erased; create a new customer for the order.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>This order has shipped: its items, amounts and receiver can no longer be changed. For a return, an exchange or a refund, register an after-sales case.</source>
      <translation>This order has shipped: its items, amounts and receiver can no longer be changed. For a return, an exchange or a refund, register an after-sales case.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>This order is {status}: it stays as it is.</source>
      <translation>This order is {status}: it stays as it is.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Tmall</source>
      <translation>Tmall</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>To take order {order_no} back from '{status}', cancel its shipment: the stock comes back with it.</source>
      <translation>To take order {order_no} back from '{status}', cancel its shipment: the stock comes back with it.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Total ¥{amount}</source>
      <translation>Total ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Total ¥{total} (freight ¥{freight})</source>
      <translation>Total ¥{total} (freight ¥{freight})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Transfer record</source>
      <translation>Transfer record</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Transfer record: enter the bank, payer, time and amount of the transfer (汇款登记).</source>
      <translation>Transfer record: enter the bank, payer, time and amount of the transfer (汇款登记).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Type a third character to search every product.</source>
      <translation>Type a third character to search every product.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Unit price</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>WeChat Pay</source>
      <translation>WeChat Pay</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Your role may look at orders but not change them.</source>
      <translation>Your role may look at orders but not change them.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Your role sees the receiver masked, so it cannot change this order.</source>
      <translation>Your role sees the receiver masked, so it cannot change this order.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>that product no longer exists.</source>
      <translation>that product no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{channel} order number {number} is already entered as order {order_no}.</source>
      <translation>{channel} order number {number} is already entered as order {order_no}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>{field}: '{value}' is not one of the choices.</source>
      <translation>{field}: '{value}' is not one of the choices.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: a whole number from 1 to 100000.</source>
      <translation>{field}: a whole number from 1 to 100000.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: more than the line's amount.</source>
      <translation>{field}: more than the line's amount.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: must be between 0 and 100,000,000.</source>
      <translation>{field}: must be between 0 and 100,000,000.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>{name}{spec}  ·  {sku}  ·  ¥{price}  ·  stock {stock}</source>
      <translation>{name}{spec}  ·  {sku}  ·  ¥{price}  ·  stock {stock}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>{n} packing slips</source>
      <translation>{n} packing slips</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>{n} piece(s)</source>
      <translation>{n} piece(s)</translation>
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password is too simple: mix letters with digits or symbols.</source>
      <translation>The password is too simple: mix letters with digits or symbols.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must have at least {n} characters.</source>
      <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must not contain the user name.</source>
      <translation>The password must not contain the user name.</translation>
    </message>
  </context>
  <context>
    <name>Periods</name>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>April</source>
      <translation>April</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>August</source>
      <translation>August</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Choose at most ten years.</source>
      <translation>Choose at most ten years.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Date: '{text}' is not a date. Write it like 2026-11-03.</source>
      <translation>Date: '{text}' is not a date. Write it like 2026-11-03.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>December</source>
      <translation>December</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>February</source>
      <translation>February</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>January</source>
      <translation>January</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>July</source>
      <translation>July</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>June</source>
      <translation>June</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>March</source>
      <translation>March</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>May</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Month: '{text}' is not a month. Write it like 11月, 2026年11月 or 2026-11.</source>
      <translation>Month: '{text}' is not a month. Write it like 11月, 2026年11月 or 2026-11.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Month: choose a month between 2000 and 2100.</source>
      <translation>Month: choose a month between 2000 and 2100.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Name the period: {example}</source>
      <translation>Name the period: {example}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>November</source>
      <translation>November</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>October</source>
      <translation>October</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>September</source>
      <translation>September</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>The last day is before the first day.</source>
      <translation>The last day is before the first day.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Week {week} of {year} ({start} – {end})</source>
      <translation>Week {week} of {year} ({start} – {end})</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Week: '{text}' is not a week. Write it like 2026-W48 or 2026年第48周.</source>
      <translation>Week: '{text}' is not a week. Write it like 2026-W48 or 2026年第48周.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Week: {year} has no week {week}.</source>
      <translation>Week: {year} has no week {week}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Year {year}</source>
      <translation>Year {year}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Year: '{text}' is not a year. Write it like 2026.</source>
      <translation>Year: '{text}' is not a year. Write it like 2026.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Year: choose a year between 2000 and 2100.</source>
      <translation>Year: choose a year between 2000 and 2100.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>{month_name} {year}</source>
      <translation>{month_name} {year}</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>After-sales summary report</source>
      <translation>After-sales summary report</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Appraisal: open months, edit templates, sign off, reopen</source>
      <translation>Appraisal: open months, edit templates, sign off, reopen</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Appraise staff: supervisor and customer scores, month overview, appraisal report</source>
      <translation>Appraise staff: supervisor and customer scores, month overview, appraisal report</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Approve listing, delist</source>
      <translation>Approve listing, delist</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Back up the database</source>
      <translation>Back up the database</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Build the weekly roster and edit shifts</source>
      <translation>Build the weekly roster and edit shifts</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Change settings</source>
      <translation>Change settings</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Create and edit orders, record payments</source>
      <translation>Create and edit orders, record payments</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit customers and revisit plans</source>
      <translation>Edit customers and revisit plans</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit products, submit for review</source>
      <translation>Edit products, submit for review</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit staff records</source>
      <translation>Edit staff records</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Everyone's attendance: import punches, correct days, approve leave</source>
      <translation>Everyone's attendance: import punches, correct days, approve leave</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Export or erase a customer's personal data</source>
      <translation>Export or erase a customer's personal data</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import platform order files</source>
      <translation>Import platform order files</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import platform refund files</source>
      <translation>Import platform refund files</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import products from Excel</source>
      <translation>Import products from Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Manage user accounts</source>
      <translation>Manage user accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Not allowed: {action}. Your role ({role}) may not do this.</source>
      <translation>Not allowed: {action}. Your role ({role}) may not do this.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Override the return policy, decide escalated cases</source>
      <translation>Override the return policy, decide escalated cases</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Own appraisal: self-assessment, scoring colleagues, own result</source>
      <translation>Own appraisal: self-assessment, scoring colleagues, own result</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Post stocktake differences</source>
      <translation>Post stocktake differences</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Read the growth fund statement</source>
      <translation>Read the growth fund statement</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Reassign after-sales cases, hand them over</source>
      <translation>Reassign after-sales cases, hand them over</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Receive returned goods, ship replacements</source>
      <translation>Receive returned goods, ship replacements</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record fines and rewards of staff</source>
      <translation>Record fines and rewards of staff</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record growth fund spending</source>
      <translation>Record growth fund spending</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record inbound goods, damage, returns to supplier</source>
      <translation>Record inbound goods, damage, returns to supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record weekly meetings and trainings</source>
      <translation>Record weekly meetings and trainings</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Register and handle after-sales cases, record refunds</source>
      <translation>Register and handle after-sales cases, record refunds</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Restore the database from a backup</source>
      <translation>Restore the database from a backup</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales reports</source>
      <translation>Sales reports</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See and set wages</source>
      <translation>See and set wages</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See cost, profit and stock value</source>
      <translation>See cost, profit and stock value</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See full phone numbers and addresses</source>
      <translation>See full phone numbers and addresses</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See the roster; clock in and out; own attendance and leave; handover book</source>
      <translation>See the roster; clock in and out; own attendance and leave; handover book</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Set and change sale prices</source>
      <translation>Set and change sale prices</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Ship orders</source>
      <translation>Ship orders</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Start stocktakes and enter counts</source>
      <translation>Start stocktakes and enter counts</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View after-sales cases</source>
      <translation>View after-sales cases</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View customers</source>
      <translation>View customers</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View orders</source>
      <translation>View orders</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View products and stock</source>
      <translation>View products and stock</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View staff records</source>
      <translation>View staff records</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View the audit log</source>
      <translation>View the audit log</translation>
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Your account is disabled. Ask the owner.</source>
      <translation>Your account is disabled. Ask the owner.</translation>
    </message>
  </context>
  <context>
    <name>ProductForm</name>
    <message>
      <location filename="product.ui" />
      <source>&amp;Barcode</source>
      <translation>&amp;Barcode</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Category</source>
      <translation>&amp;Category</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Model</source>
      <translation>&amp;Model</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Origin</source>
      <translation>&amp;Origin</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>B&amp;rand</source>
      <translation>B&amp;rand</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Basic information</source>
      <translation>Basic information</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Choose picture…</source>
      <translation>Choose picture…</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Cost (¥, owner only)</source>
      <translation>Cost (¥, owner only)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Dated batches in stock (first in, first out)</source>
      <translation>Dated batches in stock (first in, first out)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Description and policies</source>
      <translation>Description and policies</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Listing…</source>
      <translation>Listing…</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Low-stock &amp;threshold</source>
      <translation>Low-stock &amp;threshold</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Main ingredients</source>
      <translation>Main ingredients</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Remove picture</source>
      <translation>Remove picture</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Return policy</source>
      <translation>Return policy</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>S&amp;KU</source>
      <translation>S&amp;KU</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>S&amp;pecification</source>
      <translation>S&amp;pecification</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>S&amp;upplier</source>
      <translation>S&amp;upplier</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Sale &amp;price (¥)</source>
      <translation>Sale &amp;price (¥)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Shelf &amp;life (days)</source>
      <translation>Shelf &amp;life (days)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Stock and batches</source>
      <translation>Stock and batches</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Stock movements (newest first)</source>
      <translation>Stock movements (newest first)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Usage</source>
      <translation>Usage</translation>
    </message>
  </context>
  <context>
    <name>Products</name>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>'{action}' is not possible: the product is {status}.</source>
      <translation>'{action}' is not possible: the product is {status}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>All categories</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Approve and list</source>
      <translation>Approve and list</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Barcode</source>
      <translation>Barcode</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Barcode {code} is already used by '{name}'.</source>
      <translation>Barcode {code} is already used by '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Brand</source>
      <translation>Brand</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Cannot read the picture {file}: {reason}</source>
      <translation>Cannot read the picture {file}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Categories…</source>
      <translation>Categories…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Category: required.</source>
      <translation>Category: required.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Choose a picture</source>
      <translation>Choose a picture</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Cost</source>
      <translation>Cost</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Delist</source>
      <translation>Delist</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Delisted</source>
      <translation>Delisted</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Edit product</source>
      <translation>Edit product</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Import from Excel…</source>
      <translation>Import from Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Listed</source>
      <translation>Listed</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Lists…</source>
      <translation>Lists…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Low-stock threshold</source>
      <translation>Low-stock threshold</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Main ingredients</source>
      <translation>Main ingredients</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Model</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>New product</source>
      <translation>New product</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No alert filter</source>
      <translation>No alert filter</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No picture</source>
      <translation>No picture</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No products yet. Add one with New product (Ctrl+N), or bring your whole list from Excel with Import from Excel….</source>
      <translation>No products yet. Add one with New product (Ctrl+N), or bring your whole list from Excel with Import from Excel….</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No products yet. The owner or operations add them.</source>
      <translation>No products yet. The owner or operations add them.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Only the owner enters costs.</source>
      <translation>Only the owner enters costs.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Opening stock (new products)</source>
      <translation>Opening stock (new products)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Origin</source>
      <translation>Origin</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Pending review</source>
      <translation>Pending review</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Picture</source>
      <translation>Picture</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
      <translation>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Products</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Reason (kept in the history):</source>
      <translation>Reason (kept in the history):</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Return policy</source>
      <translation>Return policy</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>SKU {sku} is already used by '{name}'.</source>
      <translation>SKU {sku} is already used by '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Sale price</source>
      <translation>Sale price</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Save the product first, then add a picture.</source>
      <translation>Save the product first, then add a picture.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Search name, SKU, barcode — or scan  (Ctrl+F)</source>
      <translation>Search name, SKU, barcode — or scan  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Select a product first.</source>
      <translation>Select a product first.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Send back to draft</source>
      <translation>Send back to draft</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Set a sale price before listing.</source>
      <translation>Set a sale price before listing.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Shelf life (days)</source>
      <translation>Shelf life (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Someone else changed this product after you opened it. Close it, open it again and redo your change.</source>
      <translation>Someone else changed this product after you opened it. Close it, open it again and redo your change.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Specification</source>
      <translation>Specification</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Stock: {n}</source>
      <translation>Stock: {n}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Submit for review</source>
      <translation>Submit for review</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Supplier</source>
      <translation>Supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Supplier name: 1 to 100 characters.</source>
      <translation>Supplier name: 1 to 100 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Suppliers…</source>
      <translation>Suppliers…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>That product no longer exists.</source>
      <translation>That product no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>The picture is larger than 10 MB.</source>
      <translation>The picture is larger than 10 MB.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>There is already a category '{name}'.</source>
      <translation>There is already a category '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>There is already a supplier '{name}'.</source>
      <translation>There is already a supplier '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>To complete (from order import)</source>
      <translation>To complete (from order import)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Unknown listing action.</source>
      <translation>Unknown listing action.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Updated</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Usage</source>
      <translation>Usage</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Your role may not change prices.</source>
      <translation>Your role may not change prices.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>cost changed</source>
      <translation>cost changed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: '{value}' is not a whole number.</source>
      <translation>{field}: '{value}' is not a whole number.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: at most {n} characters.</source>
      <translation>{field}: at most {n} characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: must be between 0 and 100,000,000.</source>
      <translation>{field}: must be between 0 and 100,000,000.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: must be between 0 and 100000.</source>
      <translation>{field}: must be between 0 and 100000.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: required.</source>
      <translation>{field}: required.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{file} is not a picture (PNG, JPEG, GIF, BMP or WebP).</source>
      <translation>{file} is not a picture (PNG, JPEG, GIF, BMP or WebP).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{n} products use this category; move them first.</source>
      <translation>{n} products use this category; move them first.</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="shopmanager/services/sales.py" />
      <source>(nobody)</source>
      <translation>(nobody)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Adding up the cases…</source>
      <translation>Adding up the cases…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Adding up the month…</source>
      <translation>Adding up the month…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Adding up the stock ledger…</source>
      <translation>Adding up the stock ledger…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>After-sales and customers</source>
      <translation>After-sales and customers</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>After-sales summary</source>
      <translation>After-sales summary</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>As of now ({date})</source>
      <translation>As of now ({date})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>At most a year at a time.</source>
      <translation>At most a year at a time.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Average order value</source>
      <translation>Average order value</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>By channel</source>
      <translation>By channel</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>By product</source>
      <translation>By product</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>By product (top {n})</source>
      <translation>By product (top {n})</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>By staff member</source>
      <translation>By staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Cannot save {path}: {reason}</source>
      <translation>Cannot save {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/document.py" />
      <source>Cannot write {path}: {reason}</source>
      <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing qty</source>
      <translation>Closing qty</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing stock (pieces)</source>
      <translation>Closing stock (pieces)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing stock value</source>
      <translation>Closing stock value</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing value</source>
      <translation>Closing value</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/appraisal.py" />
      <source>Date: __________</source>
      <translation>Date: __________</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Days worked, late and early minutes, absences, missing punches and leave of everyone; the month day by day; each person's days for signing.</source>
      <translation>Days worked, late and early minutes, absences, missing punches and leave of everyone; the month day by day; each person's days for signing.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Each employee's signed-off months, average, grade and rank.</source>
      <translation>Each employee's signed-off months, average, grade and rank.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Everyone's shifts, rest days and approved leave of the week, with conflicts.</source>
      <translation>Everyone's shifts, rest days and approved leave of the week, with conflicts.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>From the stock ledger: opening = stock at the start of {start}; in = goods received, returns and stocktake surpluses; out = goods shipped (less cancelled shipments), damage, returns to suppliers and stocktake shortages; closing = opening + in − out.</source>
      <translation>From the stock ledger: opening = stock at the start of {start}; in = goods received, returns and stocktake surpluses; out = goods shipped (less cancelled shipments), damage, returns to suppliers and stocktake shortages; closing = opening + in − out.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods in (pieces)</source>
      <translation>Goods in (pieces)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods in (value)</source>
      <translation>Goods in (value)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods out (pieces)</source>
      <translation>Goods out (pieces)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods out (value)</source>
      <translation>Goods out (value)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Gross profit</source>
      <translation>Gross profit</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Growth fund statement</source>
      <translation>Growth fund statement</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>In qty</source>
      <translation>In qty</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>In value</source>
      <translation>In value</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Inventory alerts</source>
      <translation>Inventory alerts</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Low stock, expired and expiring batches and slow movers, as of now.</source>
      <translation>Low stock, expired and expiring batches and slow movers, as of now.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Month-end stock statement</source>
      <translation>Month-end stock statement</translation>
    </message>
    <message>
      <location filename="shopmanager/services/sales.py" />
      <source>Month: choose a month between 2000 and 2100.</source>
      <translation>Month: choose a month between 2000 and 2100.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Monthly attendance sheet</source>
      <translation>Monthly attendance sheet</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Monthly sales report</source>
      <translation>Monthly sales report</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Movements of the period by kind</source>
      <translation>Movements of the period by kind</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>No stock and no movements in this period.</source>
      <translation>No stock and no movements in this period.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>One form per employee (indicators, scores of every source, total, grade, comments, signature lines), then the team's ranking.</source>
      <translation>One form per employee (indicators, scores of every source, total, grade, comments, signature lines), then the team's ranking.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening qty</source>
      <translation>Opening qty</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening stock (pieces)</source>
      <translation>Opening stock (pieces)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening stock value</source>
      <translation>Opening stock value</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Opening stock, goods in, goods out and closing stock of every product (values for the owner).</source>
      <translation>Opening stock, goods in, goods out and closing stock of every product (values for the owner).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening value</source>
      <translation>Opening value</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Orders</source>
      <translation>Orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Orders, sales and average order value; by day, channel, product and staff member, beside the previous month.</source>
      <translation>Orders, sales and average order value; by day, channel, product and staff member, beside the previous month.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Out qty</source>
      <translation>Out qty</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Out value</source>
      <translation>Out value</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/document.py" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Paid orders of the month, cancelled and closed ones left out; amounts include freight ¥{freight}. {previous}: {orders} orders, ¥{amount}.</source>
      <translation>Paid orders of the month, cancelled and closed ones left out; amounts include freight ¥{freight}. {previous}: {orders} orders, ¥{amount}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Preparing {title}…</source>
      <translation>Preparing {title}…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Preview and print…</source>
      <translation>Preview and print…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Previous month</source>
      <translation>Previous month</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/document.py" />
      <source>Printed by {name} at {time}</source>
      <translation>Printed by {name} at {time}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Sales and orders</source>
      <translation>Sales and orders</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales by channel (¥)</source>
      <translation>Sales by channel (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales by day (¥)</source>
      <translation>Sales by day (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales by staff member (¥)</source>
      <translation>Sales by staff member (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales report</source>
      <translation>Sales report</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales report {month}</source>
      <translation>Sales report {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Save as Excel</source>
      <translation>Save as Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Save as Excel…</source>
      <translation>Save as Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Save as PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Saved to {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Saving {title}…</source>
      <translation>Saving {title}…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Stock statement {period}</source>
      <translation>Stock statement {period}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Stock statement {period} → {file}</source>
      <translation>Stock statement {period} → {file}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Stock {period}</source>
      <translation>Stock {period}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>The department growth fund's income (fines) and spending of the month, with the running balance.</source>
      <translation>The department growth fund's income (fines) and spending of the month, with the running balance.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>The first {n} of {total} products; save the statement as Excel for all of them.</source>
      <translation>The first {n} of {total} products; save the statement as Excel for all of them.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>The period ends before it starts.</source>
      <translation>The period ends before it starts.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>The printer could not be started.</source>
      <translation>The printer could not be started.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>There is no report '{name}'.</source>
      <translation>There is no report '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>This report has no Excel version.</source>
      <translation>This report has no Excel version.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Value (cost)</source>
      <translation>Value (cost)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Values are quantities × today's cost price.</source>
      <translation>Values are quantities × today's cost price.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Weekly roster</source>
      <translation>Weekly roster</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Your role has no reports.</source>
      <translation>Your role has no reports.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>{label} ({change} vs. {month})</source>
      <translation>{label} ({change} vs. {month})</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/blocks.py" />
      <source>{label}: ________________</source>
      <translation>{label}: ________________</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>{name}: there is no such day.</source>
      <translation>{name}: there is no such day.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>{name}: write the day like 2026-11-01.</source>
      <translation>{name}: write the day like 2026-11-01.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>{n} page(s)</source>
      <translation>{n} page(s)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>{n} products</source>
      <translation>{n} products</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>{title} saved to {path}</source>
      <translation>{title} saved to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>售后汇总, the supervisor's fortnightly review: cases and refunds by type, reason, product and staff member, the complaint rates, the products returned most.</source>
      <translation>售后汇总, the supervisor's fortnightly review: cases and refunds by type, reason, product and staff member, the complaint rates, the products returned most.</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Customer service</source>
      <translation>Customer service</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Operations</source>
      <translation>Operations</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Photographer / designer</source>
      <translation>Photographer / designer</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales rep</source>
      <translation>Sales rep</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Shipping clerk</source>
      <translation>Shipping clerk</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Warehouse</source>
      <translation>Warehouse</translation>
    </message>
  </context>
  <context>
    <name>Roster</name>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source> (next day)</source>
      <translation> (next day)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>&amp;Clear</source>
      <translation>&amp;Clear</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>&amp;Rest day</source>
      <translation>&amp;Rest day</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>A shift cannot start and end at the same time.</source>
      <translation>A shift cannot start and end at the same time.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>A shift named '{name}' exists already.</source>
      <translation>A shift named '{name}' exists already.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>An end before the start is the next morning (overnight shift).</source>
      <translation>An end before the start is the next morning (overnight shift).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Assign</source>
      <translation>Assign</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>Choose another week to copy from.</source>
      <translation>Choose another week to copy from.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Choose colour…</source>
      <translation>Choose colour…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Colour</source>
      <translation>Colour</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Conflicts ({n})</source>
      <translation>Conflicts ({n})</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Copy last week</source>
      <translation>Copy last week</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Copy the roster of {source} to {target}?</source>
      <translation>Copy the roster of {source} to {target}?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Edit shift</source>
      <translation>Edit shift</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Ends (HH:MM)</source>
      <translation>Ends (HH:MM)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Excel…</source>
      <translation>Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>In use</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Leave asked for, not yet approved: {kind}</source>
      <translation>Leave asked for, not yet approved: {kind}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Made by</source>
      <translation>Made by</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>New shift</source>
      <translation>New shift</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>New shift…</source>
      <translation>New shift…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Not copied (left the shop): {names}</source>
      <translation>Not copied (left the shop): {names}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>On leave: {kind}</source>
      <translation>On leave: {kind}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Reading the roster…</source>
      <translation>Reading the roster…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>Rest</source>
      <translation>Rest</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Rest day</source>
      <translation>Rest day</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Roster {week}</source>
      <translation>Roster {week}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Select cells, then choose a shift (or press 1–9), R for a rest day, Delete to clear. Right-click for the menu.</source>
      <translation>Select cells, then choose a shift (or press 1–9), R for a rest day, Delete to clear. Right-click for the menu.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Select one or more cells of the grid first.</source>
      <translation>Select one or more cells of the grid first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>Shift name: 1 to 20 characters.</source>
      <translation>Shift name: 1 to 20 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Shift to put in the selected cells (or press its number)</source>
      <translation>Shift to put in the selected cells (or press its number)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Shifts</source>
      <translation>Shifts</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Shifts: {list}</source>
      <translation>Shifts: {list}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Shifts…</source>
      <translation>Shifts…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Starts (HH:MM)</source>
      <translation>Starts (HH:MM)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>That shift no longer exists.</source>
      <translation>That shift no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>The week of {day} has {n} roster entries already.</source>
      <translation>The week of {day} has {n} roster entries already.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster_common.py" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster_common.py" />
      <source>This week</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>This week's entries are replaced.</source>
      <translation>This week's entries are replaced.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Times</source>
      <translation>Times</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Week: write it like 2026-W48.</source>
      <translation>Week: write it like 2026-W48.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Weekly roster</source>
      <translation>Weekly roster</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Weekly roster {week}</source>
      <translation>Weekly roster {week}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Your row is in bold.</source>
      <translation>Your row is in bold.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>copied the week of {source} to the week of {target}: {n} entries</source>
      <translation>copied the week of {source} to the week of {target}: {n} entries</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{field}: enter a time like 09:00.</source>
      <translation>{field}: enter a time like 09:00.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>{name} has left the shop (last working day {day}): no shifts after it.</source>
      <translation>{name} has left the shop (last working day {day}): no shifts after it.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{name} {day} falls in approved {leave} ({start} – {end}).</source>
      <translation>{name} {day} falls in approved {leave} ({start} – {end}).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{name} {day} overlaps {other} {other_day} ({start}–{end}).</source>
      <translation>{name} {day} overlaps {other} {other_day} ({start}–{end}).</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{name} {day}: this person left the shop (last working day {last}).</source>
      <translation>{name} {day}: this person left the shop (last working day {last}).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>{n} entries copied.</source>
      <translation>{n} entries copied.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>{person}: {message} Remove that shift first.</source>
      <translation>{person}: {message} Remove that shift first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>⚠ {n} conflict(s): {list}</source>
      <translation>⚠ {n} conflict(s): {list}</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>1st complaint in a month: fine (¥)</source>
      <translation>1st complaint in a month: fine (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>2nd complaint in a month: fine (¥)</source>
      <translation>2nd complaint in a month: fine (¥)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>A case is overdue without a first response after (hours)</source>
      <translation>A case is overdue without a first response after (hours)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>A4 paper, 2 slips a page</source>
      <translation>A4 paper, 2 slips a page</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>A4 paper, 3 slips a page</source>
      <translation>A4 paper, 3 slips a page</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>After-sales</source>
      <translation>After-sales</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>After-sales summary covers (days)</source>
      <translation>After-sales summary covers (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>After-sales summary: worst products listed</source>
      <translation>After-sales summary: worst products listed</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Also back up when the program is closed</source>
      <translation>Also back up when the program is closed</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Appraisal</source>
      <translation>Appraisal</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Appraisal due by day of the next month</source>
      <translation>Appraisal due by day of the next month</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Ask to change passwords after (days)</source>
      <translation>Ask to change passwords after (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Back up product pictures too</source>
      <translation>Back up product pictures too</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Backup folder</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Complaint answered in time within (hours)</source>
      <translation>Complaint answered in time within (hours)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Daily backup at</source>
      <translation>Daily backup at</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Demo shop</source>
      <translation>Demo shop</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Fine for grade poor (¥, 0 = none)</source>
      <translation>Fine for grade poor (¥, 0 = none)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Fines and growth fund</source>
      <translation>Fines and growth fund</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Friday</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>From this complaint in a month on, the month's whole wage is forfeited</source>
      <translation>From this complaint in a month on, the month's whole wage is forfeited</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Grade average (一般) from total</source>
      <translation>Grade average (一般) from total</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Grade excellent (优秀) from total</source>
      <translation>Grade excellent (优秀) from total</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Grade good (良好) from total</source>
      <translation>Grade good (良好) from total</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Inventory alerts</source>
      <translation>Inventory alerts</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Keep daily backups (days)</source>
      <translation>Keep daily backups (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Keep monthly backups (months)</source>
      <translation>Keep monthly backups (months)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Keep weekly backups (weeks)</source>
      <translation>Keep weekly backups (weeks)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Lateness grace period (minutes)</source>
      <translation>Lateness grace period (minutes)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Low-stock threshold (pieces)</source>
      <translation>Low-stock threshold (pieces)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Monday</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Nothing changed.</source>
      <translation>Nothing changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Orders and shipping</source>
      <translation>Orders and shipping</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Packing slips</source>
      <translation>Packing slips</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Return address</source>
      <translation>Return address</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Returns and exchanges: days after delivery (七天无理由)</source>
      <translation>Returns and exchanges: days after delivery (七天无理由)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Reward for grade excellent (¥, 0 = none)</source>
      <translation>Reward for grade excellent (¥, 0 = none)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Same-day dispatch cut-off</source>
      <translation>Same-day dispatch cut-off</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Saturday</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Save settings</source>
      <translation>Save settings</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Self-assessment opens on day (month end)</source>
      <translation>Self-assessment opens on day (month end)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Settings saved.</source>
      <translation>Settings saved.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop name</source>
      <translation>Shop name</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop phone</source>
      <translation>Shop phone</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop profile</source>
      <translation>Shop profile</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop's language (each user may choose their own)</source>
      <translation>Shop's language (each user may choose their own)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Show prices on packing slips</source>
      <translation>Show prices on packing slips</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Slow mover: no sale for (days)</source>
      <translation>Slow mover: no sale for (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Staff and attendance</source>
      <translation>Staff and attendance</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Sunday</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Thermal label 100 × 150 mm</source>
      <translation>Thermal label 100 × 150 mm</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>These settings are shared by every PC of the shop.</source>
      <translation>These settings are shared by every PC of the shop.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Thursday</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Tuesday</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Unknown setting '{key}'.</source>
      <translation>Unknown setting '{key}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Warn of expiry within (days)</source>
      <translation>Warn of expiry within (days)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Wednesday</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Weekly meeting day</source>
      <translation>Weekly meeting day</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Weekly meeting time</source>
      <translation>Weekly meeting time</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: at most {n} characters.</source>
      <translation>{name}: at most {n} characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a time like 16:00.</source>
      <translation>{name}: enter a time like 16:00.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a whole folder path, like D:\Backups or /media/usb/backups.</source>
      <translation>{name}: enter a whole folder path, like D:\Backups or /media/usb/backups.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a whole number.</source>
      <translation>{name}: enter a whole number.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must be between {low} and {high}.</source>
      <translation>{name}: must be between {low} and {high}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must not be empty.</source>
      <translation>{name}: must not be empty.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: not one of the choices.</source>
      <translation>{name}: not one of the choices.</translation>
    </message>
  </context>
  <context>
    <name>Shipping</name>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source> (address not confirmed with the buyer)</source>
      <translation> (address not confirmed with the buyer)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source> ({n} overdue)</source>
      <translation> ({n} overdue)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>1. Scan or type the order number</source>
      <translation>1. Scan or type the order number</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>2. Scan the parcel's tracking number</source>
      <translation>2. Scan the parcel's tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/core/tracking.py" />
      <source>A number pattern is empty.</source>
      <translation>A number pattern is empty.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Address not confirmed with the buyer.</source>
      <translation>Address not confirmed with the buyer.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Buyer's message: {text}</source>
      <translation>Buyer's message: {text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Cancel shipment</source>
      <translation>Cancel shipment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Cannot tell the carrier of {number} from its shape: choose the carrier above (or add its number pattern under Carriers…).</source>
      <translation>Cannot tell the carrier of {number} from its shape: choose the carrier above (or add its number pattern under Carriers…).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Carrier by the number: {name}</source>
      <translation>Carrier by the number: {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Carrier does not match</source>
      <translation>Carrier does not match</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Carriers…</source>
      <translation>Carriers…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Cut-off {cutoff}: {left} left</source>
      <translation>Cut-off {cutoff}: {left} left</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Left to ship today: {n}</source>
      <translation>Left to ship today: {n}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Not shipped: the carrier was not confirmed.</source>
      <translation>Not shipped: the carrier was not confirmed.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/tracking.py" />
      <source>Number pattern '{pattern}': use letters and digits as they are, # for a digit, @ for a letter, * for the rest, and {{12}} or {{12-15}} to repeat (for example SF#{{12-15}}).</source>
      <translation>Number pattern '{pattern}': use letters and digits as they are, # for a digit, @ for a letter, * for the rest, and {{12}} or {{12-15}} to repeat (for example SF#{{12-15}}).</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} has already shipped: {carrier} {tracking_no} at {time}.</source>
      <translation>Order {order_no} has already shipped: {carrier} {tracking_no} at {time}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} is not paid yet: do not ship it.</source>
      <translation>Order {order_no} is not paid yet: do not ship it.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} is {status}: do not ship it.</source>
      <translation>Order {order_no} is {status}: do not ship it.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order {order_no} is {status}: only paid orders can be shipped.</source>
      <translation>Order {order_no} is {status}: only paid orders can be shipped.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} was changed by someone else just now; look at it again.</source>
      <translation>Order {order_no} was changed by someone else just now; look at it again.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Order {order_no}: pack {n} piece(s), then scan the parcel label.</source>
      <translation>Order {order_no}: pack {n} piece(s), then scan the parcel label.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no}: {problem}</source>
      <translation>Order {order_no}: {problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no}: {problem} Record the goods received or correct the stock first.</source>
      <translation>Order {order_no}: {problem} Record the goods received or correct the stock first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Past today's cut-off {cutoff}: orders paid now ship tomorrow.</source>
      <translation>Past today's cut-off {cutoff}: orders paid now ship tomorrow.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Recognise from the number</source>
      <translation>Recognise from the number</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Scan an order</source>
      <translation>Scan an order</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Scan the order number and press Enter: check the items, then scan the parcel label. The order ships and the next one can be scanned.</source>
      <translation>Scan the order number and press Enter: check the items, then scan the parcel label. The order ships and the next one can be scanned.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Scan the parcel label</source>
      <translation>Scan the parcel label</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Ship</source>
      <translation>Ship</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Ship order {order_no}</source>
      <translation>Ship order {order_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Ship with {name}</source>
      <translation>Ship with {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Shipment {tracking_no} belongs to an after-sales case; cancel it there.</source>
      <translation>Shipment {tracking_no} belongs to an after-sales case; cancel it there.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Shipment {tracking_no} was already cancelled.</source>
      <translation>Shipment {tracking_no} was already cancelled.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Shipped</source>
      <translation>Shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Shipped, {n} piece(s)</source>
      <translation>Shipped, {n} piece(s)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Ship…</source>
      <translation>Ship…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>That carrier no longer exists.</source>
      <translation>That carrier no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>That shipment no longer exists.</source>
      <translation>That shipment no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>The carrier {name} is no longer used; choose another.</source>
      <translation>The carrier {name} is no longer used; choose another.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>There is already a carrier '{name}'.</source>
      <translation>There is already a carrier '{name}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Tracking number</source>
      <translation>Tracking number</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Tracking number '{value}': use 6 to 40 letters and digits.</source>
      <translation>Tracking number '{value}': use 6 to 40 letters and digits.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Tracking number {number} does not look like a {chosen} number. Ship with {chosen} anyway?</source>
      <translation>Tracking number {number} does not look like a {chosen} number. Ship with {chosen} anyway?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Tracking number {number} looks like {recognised}, but {chosen} is chosen. Which carrier takes this parcel?</source>
      <translation>Tracking number {number} looks like {recognised}, but {chosen} is chosen. Which carrier takes this parcel?</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Tracking number {tracking_no} is already used by order {order_no}.</source>
      <translation>Tracking number {tracking_no} is already used by order {order_no}.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Tracking number: required.</source>
      <translation>Tracking number: required.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Why is shipment {tracking} cancelled? The stock comes back.</source>
      <translation>Why is shipment {tracking} cancelled? The stock comes back.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{item} × {qty}</source>
      <translation>{item} × {qty}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{number} is a parcel's tracking number: scan the order number first.</source>
      <translation>{number} is a parcel's tracking number: scan the order number first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{n} pcs</source>
      <translation>{n} pcs</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{order_no} shipped with {carrier}. {n} shipped in this session. Next order…</source>
      <translation>{order_no} shipped with {carrier}. {n} shipped in this session. Next order…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>{order_no}: shipment {tracking_no} cancelled ({reason})</source>
      <translation>{order_no}: shipment {tracking_no} cancelled ({reason})</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>(nobody: the items stay with the leaver)</source>
      <translation>(nobody: the items stay with the leaver)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Base monthly wage</source>
      <translation>Base monthly wage</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Base monthly wage: an amount from 0 to 10,000,000.</source>
      <translation>Base monthly wage: an amount from 0 to 10,000,000.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Confirm leaving</source>
      <translation>Confirm leaving</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Employed</source>
      <translation>Employed</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Hand over to</source>
      <translation>Hand over to</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>Hand over to a colleague who is still employed.</source>
      <translation>Hand over to a colleague who is still employed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Last working day</source>
      <translation>Last working day</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Name: 1 to 40 characters.</source>
      <translation>Name: 1 to 40 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Only the owner sets wages.</source>
      <translation>Only the owner sets wages.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Open after-sales cases: {n}.</source>
      <translation>Open after-sales cases: {n}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Open handover items</source>
      <translation>Open handover items</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Open orders</source>
      <translation>Open orders</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Shifts after the last day (removed): {n}. Leave waiting for approval (withdrawn): {pending}.</source>
      <translation>Shifts after the last day (removed): {n}. Leave waiting for approval (withdrawn): {pending}.</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Staff number {no} already belongs to {name}.</source>
      <translation>Staff number {no} already belongs to {name}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Staff number: up to 20 letters or digits (e.g. 0007).</source>
      <translation>Staff number: up to 20 letters or digits (e.g. 0007).</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Their accounts are disabled at once: {accounts}.</source>
      <translation>Their accounts are disabled at once: {accounts}.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>User account</source>
      <translation>User account</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>handed over from {old} to {new} (left the shop)</source>
      <translation>handed over from {old} to {new} (left the shop)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>withdrawn: left the shop</source>
      <translation>withdrawn: left the shop</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>{name} has already left the shop.</source>
      <translation>{name} has already left the shop.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>{name} has left: {accounts} account(s) disabled, {orders} orders, {cases} cases and {items} handover items handed over, {shifts} shifts removed.</source>
      <translation>{name} has left: {accounts} account(s) disabled, {orders} orders, {cases} cases and {items} handover items handed over, {shifts} shifts removed.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>{name} leaves the shop (离职)</source>
      <translation>{name} leaves the shop (离职)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>{name} left (last day {day}); {n} account(s) disabled; {orders} orders, {cases} cases, {items} handover items handed over. {note}</source>
      <translation>{name} left (last day {day}); {n} account(s) disabled; {orders} orders, {cases} cases, {items} handover items handed over. {note}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>{name} left the shop</source>
      <translation>{name} left the shop</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>{name} still holds open work and nobody takes it over. Leave it with them?</source>
      <translation>{name} still holds open work and nobody takes it over. Leave it with them?</translation>
    </message>
  </context>
  <context>
    <name>StaffMemberForm</name>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Hire date</source>
      <translation>&amp;Hire date</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Phone</source>
      <translation>&amp;Phone</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>Base monthly &amp;wage</source>
      <translation>Base monthly &amp;wage</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>Staff &amp;no. (工号)</source>
      <translation>Staff &amp;no. (工号)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>User &amp;account</source>
      <translation>User &amp;account</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>empty: the next free number</source>
      <translation>empty: the next free number</translation>
    </message>
  </context>
  <context>
    <name>Stock</name>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>(no date)</source>
      <translation>(no date)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>(no supplier)</source>
      <translation>(no supplier)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>A customer's return is received on its after-sales case (After-sales → Receive goods), so that the case, the refund and the inspection go with it.</source>
      <translation>A customer's return is received on its after-sales case (After-sales → Receive goods), so that the case, the refund and the inspection go with it.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Add at least one product to the receipt.</source>
      <translation>Add at least one product to the receipt.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Add line</source>
      <translation>Add line</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Adjustment</source>
      <translation>Adjustment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>All movements</source>
      <translation>All movements</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Below threshold</source>
      <translation>Below threshold</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Book damage, a return or a correction of the selected product's stock</source>
      <translation>Book damage, a return or a correction of the selected product's stock</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Current stock: {n}. Damage and returns to the supplier take stock out; an adjustment may be negative.</source>
      <translation>Current stock: {n}. Damage and returns to the supplier take stock out; an adjustment may be negative.</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Customer return</source>
      <translation>Customer return</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Damage</source>
      <translation>Damage</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Damage / return / adjust…</source>
      <translation>Damage / return / adjust…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Damage, return or adjustment — {sku}</source>
      <translation>Damage, return or adjustment — {sku}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Defective goods in</source>
      <translation>Defective goods in</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Defective goods out</source>
      <translation>Defective goods out</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Exchange</source>
      <translation>Exchange</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Inbound</source>
      <translation>Inbound</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Line {n}: the production date is in the future.</source>
      <translation>Line {n}: the production date is in the future.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Line {n}: the quantity must be more than 0.</source>
      <translation>Line {n}: the quantity must be more than 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Movement</source>
      <translation>Movement</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No product has the SKU or barcode '{code}'.</source>
      <translation>No product has the SKU or barcode '{code}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No stock movements yet. Receiving goods, shipping orders, damage and stocktakes are written here.</source>
      <translation>No stock movements yet. Receiving goods, shipping orders, damage and stocktakes are written here.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Not enough stock of {sku}: {have} in stock, {want} needed.</source>
      <translation>Not enough stock of {sku}: {have} in stock, {want} needed.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Opening stock</source>
      <translation>Opening stock</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Post receipt</source>
      <translation>Post receipt</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Quantity: must be more than 0.</source>
      <translation>Quantity: must be more than 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Quantity: must not be 0.</source>
      <translation>Quantity: must not be 0.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Reason / reference</source>
      <translation>Reason / reference</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Reason: say why the stock changes.</source>
      <translation>Reason: say why the stock changes.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Receive goods</source>
      <translation>Receive goods</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Receive goods…</source>
      <translation>Receive goods…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Remove line</source>
      <translation>Remove line</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Returned to supplier</source>
      <translation>Returned to supplier</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>SKU or barcode  (Ctrl+F)</source>
      <translation>SKU or barcode  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Sale shipped</source>
      <translation>Sale shipped</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Scan or type SKU / barcode, then Enter</source>
      <translation>Scan or type SKU / barcode, then Enter</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Shipment cancelled</source>
      <translation>Shipment cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Stock after</source>
      <translation>Stock after</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Stock list</source>
      <translation>Stock list</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Stock movements</source>
      <translation>Stock movements</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Stocktake difference</source>
      <translation>Stocktake difference</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>That product no longer exists.</source>
      <translation>That product no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>That supplier no longer exists.</source>
      <translation>That supplier no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>This kind of movement cannot be entered by hand.</source>
      <translation>This kind of movement cannot be entered by hand.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>{n} line(s), {qty} pieces</source>
      <translation>{n} line(s), {qty} pieces</translation>
    </message>
  </context>
  <context>
    <name>Stocktake</name>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>All lines</source>
      <translation>All lines</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>All products</source>
      <translation>All products</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Blind count</source>
      <translation>Blind count</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Blind count: counters do not see the book stock</source>
      <translation>Blind count: counters do not see the book stock</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Book stock</source>
      <translation>Book stock</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Cancel stocktake</source>
      <translation>Cancel stocktake</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Cancel this stocktake? The counts are kept for reference, stock is not changed.</source>
      <translation>Cancel this stocktake? The counts are kept for reference, stock is not changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Checked by</source>
      <translation>Checked by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Count sheet</source>
      <translation>Count sheet</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Counted</source>
      <translation>Counted</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Counted at</source>
      <translation>Counted at</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Counted by</source>
      <translation>Counted by</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Counted quantity: 0 or more.</source>
      <translation>Counted quantity: 0 or more.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Counting</source>
      <translation>Counting</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Differences</source>
      <translation>Differences</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Differences only</source>
      <translation>Differences only</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Each scan adds 1</source>
      <translation>Each scan adds 1</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Goes back to 1 after each count, so a scanner's Enter never counts the previous quantity again.</source>
      <translation>Goes back to 1 after each count, so a scanner's Enter never counts the previous quantity again.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Name: for example 'Monthly count November'.</source>
      <translation>Name: for example 'Monthly count November'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>New stocktake</source>
      <translation>New stocktake</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>New stocktake…</source>
      <translation>New stocktake…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>No differences.</source>
      <translation>No differences.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>No product has the SKU or barcode '{code}'.</source>
      <translation>No product has the SKU or barcode '{code}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Not counted yet</source>
      <translation>Not counted yet</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Nothing was counted yet.</source>
      <translation>Nothing was counted yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Post differences…</source>
      <translation>Post differences…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Post {n} differences as stock adjustments? The stocktake is closed afterwards.</source>
      <translation>Post {n} differences as stock adjustments? The stocktake is closed afterwards.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Posted</source>
      <translation>Posted</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Print count sheet…</source>
      <translation>Print count sheet…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Print differences…</source>
      <translation>Print differences…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Review differences</source>
      <translation>Review differences</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Scan or type SKU / barcode and Enter to count; type a name to find it  (Ctrl+F)</source>
      <translation>Scan or type SKU / barcode and Enter to count; type a name to find it  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Select a stocktake above, or start a new one.</source>
      <translation>Select a stocktake above, or start a new one.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Start counting</source>
      <translation>Start counting</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Started</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Stocktake</source>
      <translation>Stocktake</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Stocktake differences</source>
      <translation>Stocktake differences</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Stocktake {date}</source>
      <translation>Stocktake {date}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>That stocktake no longer exists.</source>
      <translation>That stocktake no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>There are no products to count.</source>
      <translation>There are no products to count.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>This is a blind count: the differences are shown to a supervisor once the counting is done.</source>
      <translation>This is a blind count: the differences are shown to a supervisor once the counting is done.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>This product is not on this count sheet.</source>
      <translation>This product is not on this count sheet.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>This stocktake has no products to count.</source>
      <translation>This stocktake has no products to count.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>This stocktake is {status}: counts can no longer change.</source>
      <translation>This stocktake is {status}: counts can no longer change.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Value (cost)</source>
      <translation>Value (cost)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{name} — {status} — counted {counted} of {lines} (blind count)</source>
      <translation>{name} — {status} — counted {counted} of {lines} (blind count)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{name} — {status} — counted {counted} of {lines}, {diff} differences</source>
      <translation>{name} — {status} — counted {counted} of {lines}, {diff} differences</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>{name}: {n} differences posted, {counted} of the products counted</source>
      <translation>{name}: {n} differences posted, {counted} of the products counted</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>{name}: {n} products</source>
      <translation>{name}: {n} products</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{n} differences posted.</source>
      <translation>{n} differences posted.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>{n} differences reviewed</source>
      <translation>{n} differences reviewed</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{sku} {name}: {n} counted</source>
      <translation>{sku} {name}: {n} counted</translation>
    </message>
  </context>
  <context>
    <name>SupplierForm</name>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Address</source>
      <translation>&amp;Address</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Contact person</source>
      <translation>&amp;Contact person</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Phone</source>
      <translation>&amp;Phone</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>1 row</source>
      <translation>1 row</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Export to Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>Exporting to Excel…</source>
      <translation>Exporting to Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/overflow.py" />
      <source>More</source>
      <translation>More</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Nothing here yet.</source>
      <translation>Nothing here yet.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Nothing matches these filters.</source>
      <translation>Nothing matches these filters.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Nothing matches “{text}”. Clear the search box (Esc) or change the filters.</source>
      <translation>Nothing matches “{text}”. Clear the search box (Esc) or change the filters.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Search…  (Ctrl+F)</source>
      <translation>Search…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/overflow.py" />
      <source>What does not fit in this row</source>
      <translation>What does not fit in this row</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>more than {n} rows</source>
      <translation>more than {n} rows</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>{n} rows</source>
      <translation>{n} rows</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>{n} rows exported to {path}</source>
      <translation>{n} rows exported to {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{n} rows → {file}</source>
      <translation>{n} rows → {file}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>{n}+ rows (scroll for more)</source>
      <translation>{n}+ rows (scroll for more)</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>An unexpected error stopped the work; nothing was saved. Details are in the log file {path}.</source>
      <translation>An unexpected error stopped the work; nothing was saved. Details are in the log file {path}.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="shopmanager/core/progress.py" />
      <source>Cancelled. Nothing was changed.</source>
      <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Attended</source>
      <translation>Attended</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Average score</source>
      <translation>Average score</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Content and notes</source>
      <translation>Content and notes</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>List who attended.</source>
      <translation>List who attended.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>New training record…</source>
      <translation>New training record…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Open…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Score (0–100)</source>
      <translation>Score (0–100)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Select a training first.</source>
      <translation>Select a training first.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Someone is listed twice.</source>
      <translation>Someone is listed twice.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>That training record no longer exists.</source>
      <translation>That training record no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Topic: 1 to 100 characters.</source>
      <translation>Topic: 1 to 100 characters.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Trainer</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Training record</source>
      <translation>Training record</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Training records</source>
      <translation>Training records</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>{name}: a score from 0 to 100.</source>
      <translation>{name}: a score from 0 to 100.</translation>
    </message>
  </context>
  <context>
    <name>UserAccountForm</name>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Staff member</source>
      <translation>&amp;Staff member</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Temporary password</source>
      <translation>&amp;Temporary password</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;User name</source>
      <translation>&amp;User name</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>The user must change this temporary password at first login.</source>
      <translation>The user must change this temporary password at first login.</translation>
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Accounts</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role</source>
      <translation>Change role</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role…</source>
      <translation>Change role…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Choose a password different from the current one.</source>
      <translation>Choose a password different from the current one.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable / enable</source>
      <translation>Disable / enable</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable the account {name}? They can no longer log in; their records stay.</source>
      <translation>Disable the account {name}? They can no longer log in; their records stay.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disabled</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit staff member</source>
      <translation>Edit staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Enter the owner's name.</source>
      <translation>Enter the owner's name.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Hire date</source>
      <translation>Hire date</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Last login</source>
      <translation>Last login</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Mark as left…</source>
      <translation>Mark as left…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account</source>
      <translation>New account</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account…</source>
      <translation>New account…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New role of {name}:</source>
      <translation>New role of {name}:</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member</source>
      <translation>New staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member…</source>
      <translation>New staff member…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Permission</source>
      <translation>Permission</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Roles and permissions</source>
      <translation>Roles and permissions</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select a staff member first.</source>
      <translation>Select a staff member first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select an account first.</source>
      <translation>Select an account first.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff member</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Temporary password for {name} (they must change it at next login):</source>
      <translation>Temporary password for {name} (they must change it at next login):</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>That staff member no longer exists.</source>
      <translation>That staff member no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>That user account no longer exists.</source>
      <translation>That user account no longer exists.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>The current password is wrong.</source>
      <translation>The current password is wrong.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>The password of {name} was reset.</source>
      <translation>The password of {name} was reset.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>The shop needs at least one active owner account.</source>
      <translation>The shop needs at least one active owner account.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>The user name '{name}' is taken.</source>
      <translation>The user name '{name}' is taken.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This shop is already set up. Log in instead.</source>
      <translation>This shop is already set up. Log in instead.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>Unknown language '{language}'.</source>
      <translation>Unknown language '{language}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Unknown role '{role}'.</source>
      <translation>Unknown role '{role}'.</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>User name: 2 to 40 characters, no spaces.</source>
      <translation>User name: 2 to 40 characters, no spaces.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>You cannot disable your own account.</source>
      <translation>You cannot disable your own account.</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>changed own password</source>
      <translation>changed own password</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>password reset by {name}</source>
      <translation>password reset by {name}</translation>
    </message>
  </context>
</TS>
