<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AfterSales</name>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>  overdue: no first response yet</source>
      <translation>  已超时：尚未首次响应</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>  ⚠ outside the policy</source>
      <translation>  ⚠ 超出售后政策</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source> (escalated {time}; clerk {clerk})</source>
      <translation>（{time} 上报主管；原经办客服 {clerk}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source> and {taken} are already in other cases</source>
      <translation>，其中 {taken} 件已在其他售后单中</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source> star(s)</source>
      <translation> 星</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>(nobody)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>(not known)</source>
      <translation>（不详）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>7 days, no reason</source>
      <translation>七天无理由</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>A case counts for the staff member handling it (the clerk who had it, when it was escalated to the supervisor).</source>
      <translation>售后单计入经办人名下（上报主管的，计入原经办客服）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>A {type} case has no goods coming back.</source>
      <translation>{type}售后单没有退回的货物。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Add a note</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Add a note…</source>
      <translation>添加备注…</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>After-sales</source>
      <translation>售后</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>After-sales case {case_no}</source>
      <translation>售后单 {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>After-sales summary</source>
      <translation>售后汇总</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>After-sales summary {period}</source>
      <translation>售后汇总 {period}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Against staff member</source>
      <translation>被投诉员工</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All done</source>
      <translation>全部已办结</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All open</source>
      <translation>全部未办结</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Amount (¥)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Another size or colour: scan or type its SKU / barcode</source>
      <translation>换其他尺码或颜色：扫描或输入货号/条码</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>At most ¥{left} can still be refunded on this case.</source>
      <translation>本售后单最多还可退 ¥{left}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Back, defective</source>
      <translation>退回（次品）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Back, good</source>
      <translation>退回（良品）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Bank transfer</source>
      <translation>银行转账</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Bought</source>
      <translation>购买数量</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Buyer (return parcel)</source>
      <translation>买家承担退回运费</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Buyer, both ways</source>
      <translation>买家承担双程运费</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By product</source>
      <translation>按商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By reason</source>
      <translation>按原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By staff member</source>
      <translation>按员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>By type</source>
      <translation>按类型</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Can still claim</source>
      <translation>可申请数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Cancel the order instead, or register a refund only.</source>
      <translation>请改为取消订单，或登记仅退款。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Cancel the parcel</source>
      <translation>取消寄出包裹</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Cancel the parcel…</source>
      <translation>取消寄出包裹…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Case / order / platform no., phone  (Ctrl+F)</source>
      <translation>售后单号/订单号/平台单号/电话  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Case number</source>
      <translation>售后单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} already has a parcel on its way: {tracking_no}. Cancel it first if it did not go.</source>
      <translation>售后单 {case_no} 已有寄出中的包裹：{tracking_no}。如未寄出，请先取消。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} has no parcel on its way.</source>
      <translation>售后单 {case_no} 没有寄出中的包裹。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is already with the supervisor.</source>
      <translation>售后单 {case_no} 已在主管处。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is closed.</source>
      <translation>售后单 {case_no} 已关闭。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is refused; ask the supervisor to override it instead.</source>
      <translation>售后单 {case_no} 已被拒绝，请改为申请主管特批。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} is within the policy: there is nothing to override.</source>
      <translation>售后单 {case_no} 符合售后政策，无需特批。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Case {case_no} is {state}: no refund.</source>
      <translation>售后单 {case_no} 为“{state}”：不能退款。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} is {state}: nothing is sent.</source>
      <translation>售后单 {case_no} 为“{state}”：不寄出任何包裹。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no} is {state}: refuse the parcel (拒签).</source>
      <translation>售后单 {case_no} 为“{state}”：请拒签该包裹。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Case {case_no} was escalated: the supervisor decides it.</source>
      <translation>售后单 {case_no} 已上报，由主管决定。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Case {case_no}: {problem}</source>
      <translation>售后单 {case_no}：{problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Cases</source>
      <translation>售后单数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Cases by type</source>
      <translation>各类型售后单数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Cases received in the period. Timeliness: complaints first answered within {h} hours (投诉处理及时率); resolution: complaints resolved (投诉解决率); return rate: orders paid in the period that came back (return or exchange).</source>
      <translation>统计期内受理的售后单。投诉处理及时率：{h} 小时内首次响应的投诉占比；投诉解决率：已解决的投诉占比；退货率：期内付款订单中发生退货或换货的占比。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Cause</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Cause found</source>
      <translation>查明原因</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Change of size, colour or style</source>
      <translation>换码/换色/换款</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Change state…</source>
      <translation>更改状态…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Choose what the parcel holds.</source>
      <translation>请选择包裹内的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Choose whether the goods are scrapped or returned to the supplier.</source>
      <translation>请选择报废还是退回供应商。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Clerk before escalation</source>
      <translation>上报前的经办客服</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Colour difference</source>
      <translation>色差</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Complaint / review</source>
      <translation>投诉/评价</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Complaint against {name}:</source>
      <translation>对 {name} 的投诉：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Complaint category</source>
      <translation>投诉类别</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Complaint category: choose one.</source>
      <translation>投诉类别：请选择。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Complaint decided</source>
      <translation>投诉已裁定</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaint resolution</source>
      <translation>投诉解决率</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaint timeliness</source>
      <translation>投诉处理及时率</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Complaint upheld</source>
      <translation>投诉成立</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Complaints by category</source>
      <translation>投诉按类别</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Contact the buyer</source>
      <translation>联系买家</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Contacted the buyer</source>
      <translation>已联系买家</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Contact…</source>
      <translation>联系买家…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Copy the buyer's review</source>
      <translation>复制买家的评价内容</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Damage caused by the buyer</source>
      <translation>人为损坏</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Day {n} after {event} (window {w} days).</source>
      <translation>{event}后第 {n} 天（期限 {w} 天）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Decide the complaint</source>
      <translation>裁定投诉</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Decide the complaint…</source>
      <translation>裁定投诉…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Defective</source>
      <translation>次品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Defective (次品)</source>
      <translation>次品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Defective stock</source>
      <translation>次品库存</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Delivery problem</source>
      <translation>物流问题</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Details changed: {fields}</source>
      <translation>修改了详情：{fields}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Dismissed: not the staff member's fault</source>
      <translation>不成立：非员工责任</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Effect on profit (refunds, goods back in stock, replacements at cost): ¥{amount}</source>
      <translation>对利润的影响（退款、退回入库商品、换货补发按成本）：¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Effect on profit: ¥{amount}</source>
      <translation>对利润的影响：¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Eligible.</source>
      <translation>符合售后政策。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Enter what came back.</source>
      <translation>请填写退回的数量。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Escalate to the supervisor</source>
      <translation>上报主管</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Escalate to the supervisor…</source>
      <translation>上报主管…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Escalated</source>
      <translation>已上报主管</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Everybody's</source>
      <translation>所有人的</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Express, prepaid</source>
      <translation>快递（寄付）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Find order</source>
      <translation>查找订单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Freight collect (到付)</source>
      <translation>到付</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>From</source>
      <translation>移交人</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Full refund</source>
      <translation>全额退款</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Full refund or exchange</source>
      <translation>全额退款或换货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Give to another staff member</source>
      <translation>转交其他员工</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Give to another staff member…</source>
      <translation>转交其他员工…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Good</source>
      <translation>良品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Good (to stock)</source>
      <translation>良品（入库）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Goods only</source>
      <translation>仅退货款</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Goods received</source>
      <translation>已收到退货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Hand over</source>
      <translation>移交</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Hand over cases…</source>
      <translation>移交售后单…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Hand over open cases</source>
      <translation>移交未办结售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Hand over to someone else.</source>
      <translation>请移交给其他人。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Handed over</source>
      <translation>已移交</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Held by</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Held by {name}</source>
      <translation>经办人：{name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>How did it end? (optional)</source>
      <translation>处理结果（可选）：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>How?</source>
      <translation>联系方式？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Import platform refunds</source>
      <translation>导入平台退款</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Import platform refunds…</source>
      <translation>导入平台退款…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Imported from the platform</source>
      <translation>从平台导入</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>In time</source>
      <translation>及时</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Inspected</source>
      <translation>已验货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n} ({sku}): the quantity must be at least 1.</source>
      <translation>第 {n} 项（{sku}）：数量至少为 1。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n} ({sku}): {qty} pieces asked, but only {shipped} were shipped</source>
      <translation>第 {n} 项（{sku}）：申请 {qty} 件，但只发出了 {shipped} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n} ({sku}): {qty} pieces received, but the case is about {total} and {done} came back already.</source>
      <translation>第 {n} 项（{sku}）：收到 {qty} 件，但本售后单共 {total} 件，已退回 {done} 件。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n}: not a line of order {order_no}.</source>
      <translation>第 {n} 项：不是订单 {order_no} 的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n}: not an item of case {case_no}.</source>
      <translation>第 {n} 项：不是售后单 {case_no} 的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n}: that product no longer exists.</source>
      <translation>第 {n} 项：该商品已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Item {n}: the quantity must be at least 1.</source>
      <translation>第 {n} 项：数量至少为 1。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Item {n}: {sku} is listed twice.</source>
      <translation>第 {n} 项：{sku} 重复。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Items</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Items and goods</source>
      <translation>商品与退货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Items concerned</source>
      <translation>涉及的商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Items: a case without an order has no items.</source>
      <translation>商品：没有订单的售后单不能选择商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Items: choose the items of the order the case is about, with their quantity.</source>
      <translation>商品：请选择本售后单涉及的订单商品及数量。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Kept as it was</source>
      <translation>未修改</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Last change</source>
      <translation>最近变动</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Late shipping</source>
      <translation>发货慢</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Method</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Mine</source>
      <translation>我的</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>More ▾</source>
      <translation>更多 ▾</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Negative review</source>
      <translation>中差评</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Negative reviews against</source>
      <translation>被差评数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>New after-sales case</source>
      <translation>新建售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>New after-sales case…</source>
      <translation>新建售后单…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>New case…</source>
      <translation>新建售后单…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>No after-sales cases were received in this period.</source>
      <translation>统计期内没有受理售后单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>No after-sales cases yet. Register one with “New case…”, from an order's After-sales tab, or import the platform's refund file.</source>
      <translation>还没有售后单。可点“新建售后单…”，或在订单的“售后”页签中新建，或导入平台的退款文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>No defective goods. Returned goods that fail inspection come here (After-sales → Receive goods).</source>
      <translation>没有次品。退回后验货不合格的商品会记在这里（售后登记 → 收货验货）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>No order chosen (a complaint may have none).</source>
      <translation>未选择订单（投诉可不关联订单）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>No order.</source>
      <translation>无订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Nobody holds open cases.</source>
      <translation>没有人持有未办结的售后单。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Not as described</source>
      <translation>货不对板</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Not enough defective stock of {sku}: {have} there, {want} asked.</source>
      <translation>{sku} 的次品库存不足：现有 {have} 件，需要 {want} 件。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Not received / items missing</source>
      <translation>未收到货/少件</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Not settled yet</source>
      <translation>尚未处理</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Note (optional):</source>
      <translation>备注（可选）：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Note: say why the case is refused.</source>
      <translation>备注：请说明拒绝的原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>On what grounds?</source>
      <translation>依据是什么？</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Only a complaint against a staff member is upheld or dismissed.</source>
      <translation>只有针对员工的投诉才需要裁定是否成立。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Only a negative review has an outcome.</source>
      <translation>只有中差评才有评价结果。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Only a supervisor's override can take a refused case back.</source>
      <translation>已拒绝的售后单只能由主管特批恢复。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Only an exchange or a repair sends a parcel to the buyer.</source>
      <translation>只有换货或维修才给买家寄出包裹。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Only complaints and reviews name a staff member.</source>
      <translation>只有投诉和评价可以指定员工。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Only returns and exchanges bring goods back.</source>
      <translation>只有退货和换货才有退回的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Open</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Order or platform number (scan), then Enter</source>
      <translation>订单号或平台单号（可扫码），按回车</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Order {order_no} is '{status}': a {type} case needs an order that has shipped.</source>
      <translation>订单 {order_no} 为“{status}”：{type}售后单需要已发货的订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Order {order_no} is '{status}': nothing was paid that could be refunded.</source>
      <translation>订单 {order_no} 为“{status}”：没有可退的付款。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Order: a {type} case needs the order it is about.</source>
      <translation>订单：{type}售后单需要关联订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Outside the shop's policy</source>
      <translation>超出售后政策</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Overdue only</source>
      <translation>只看超时</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Overridden by {user} at {time}: {reason}</source>
      <translation>{user} 于 {time} 特批：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Override reason</source>
      <translation>特批理由</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Override the policy</source>
      <translation>主管特批</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Override the policy…</source>
      <translation>主管特批…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Owner</source>
      <translation>店主</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Paid per piece</source>
      <translation>实付单价</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Parcels sent to the buyer (replacement, repaired item)</source>
      <translation>寄给买家的包裹（换货补发、维修寄回）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Period (first day, last day):</source>
      <translation>统计期（起始日 截止日）：</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Pieces</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Pieces returned or exchanged in the period against pieces shipped in the period; the {n} worst, products shipped at least {m} times first.</source>
      <translation>期内退货或换货件数 ÷ 期内发货件数；列出最差的 {n} 个，期内发货不少于 {m} 件的商品排在前面。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Platform chat</source>
      <translation>平台旺旺/在线客服</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Price or promotion</source>
      <translation>价格/优惠</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Product quality</source>
      <translation>商品质量</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Quality problem</source>
      <translation>质量问题</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Rating</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Rating: 1 to 5 stars.</source>
      <translation>评分：1 到 5 星。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Reason / category</source>
      <translation>原因/类别</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Receive</source>
      <translation>收货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Receive goods…</source>
      <translation>收货验货…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Receive returned goods — {case_no}</source>
      <translation>退货收货验货 — {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Received / answered / resolved</source>
      <translation>受理/首次响应/解决</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Received good + defective</source>
      <translation>收货（良品+次品）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Received: before the order was placed.</source>
      <translation>受理时间：早于下单时间。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Received: it is in the future.</source>
      <translation>受理时间：不能是将来。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Record refund</source>
      <translation>登记退款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund date: before the order was placed.</source>
      <translation>退款日期：早于下单时间。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund date: it is in the future.</source>
      <translation>退款日期：不能是将来。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund method</source>
      <translation>退款方式</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refund only</source>
      <translation>仅退款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund ¥{amount}: more than can be refunded. The buyer paid ¥{paid} for these items; ¥{done} refunded on this case and ¥{order_done} on order {order_no}: at most ¥{left} more.</source>
      <translation>退款 ¥{amount}：超出可退金额。买家为这些商品实付 ¥{paid}；本售后单已退 ¥{done}，订单 {order_no} 已退 ¥{order_done}：最多还可退 ¥{left}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refund — {case_no}</source>
      <translation>退款 — {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>Refund: enter an amount above 0.</source>
      <translation>退款：请输入大于 0 的金额。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refunded</source>
      <translation>已退款</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refunded ¥{done}; up to ¥{left} more may be refunded (the buyer paid ¥{paid} for the order).</source>
      <translation>已退 ¥{done}；最多还可退 ¥{left}（该订单买家实付 ¥{paid}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refunds</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Refunds by reason (¥)</source>
      <translation>各原因退款金额（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Refund…</source>
      <translation>退款…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refused</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refused by the policy</source>
      <translation>按售后政策拒绝</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Refused: {why}</source>
      <translation>拒绝：{why}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Register as refused</source>
      <translation>登记为已拒绝</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Register case</source>
      <translation>登记售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Removed</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Repair</source>
      <translation>维修</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Replacement shipment cancelled</source>
      <translation>补发包裹已取消</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Replacement shipped</source>
      <translation>已寄出补发包裹</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Resolution</source>
      <translation>解决率</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Result</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Return and refund</source>
      <translation>退货退款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Return carrier</source>
      <translation>退货快递公司</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Return freight</source>
      <translation>退回运费</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Return freight / refund</source>
      <translation>退回运费/退款方式</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Return freight: {payer}. Refund: {refund}.</source>
      <translation>退回运费：{payer}。退款：{refund}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Return parcel</source>
      <translation>退货方式</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Return parcel (carrier, tracking no.)</source>
      <translation>退货包裹（快递公司、单号）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Return rate</source>
      <translation>退货率</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Return to supplier…</source>
      <translation>退回供应商…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Return tracking number</source>
      <translation>退货物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Returned to the supplier</source>
      <translation>退回供应商</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Returns and exchanges travel by express only: {method} parcels are refused.</source>
      <translation>退换货只能走快递：{method}件一律拒签。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Review outcome</source>
      <translation>评价结果</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Review outcome…</source>
      <translation>评价结果…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Review text</source>
      <translation>评价内容</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Review text: copy what the buyer wrote.</source>
      <translation>评价内容：请复制买家写的内容。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Reviewed by (supervisor)</source>
      <translation>主管审阅</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Revised by the buyer</source>
      <translation>买家已修改评价</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>SKU, barcode or name  (Ctrl+F)</source>
      <translation>货号、条码或名称  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>SMS</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Save details</source>
      <translation>保存详情</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Scrapped</source>
      <translation>报废</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Scrap…</source>
      <translation>报废…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Select a product first.</source>
      <translation>请先选择一个商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Sellable stock</source>
      <translation>可售库存</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Service attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Ship parcel — {case_no}</source>
      <translation>寄出包裹 — {case_no}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Ship parcel…</source>
      <translation>寄出包裹…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Shipped</source>
      <translation>已发货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Shop, both ways</source>
      <translation>商家承担双程运费</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Signed for</source>
      <translation>签收日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Signed for: after the day the buyer asked.</source>
      <translation>签收日期：晚于买家申请的日期。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Slow reply</source>
      <translation>回复不及时</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Someone else changed case {case_no} just now. Look at it again and redo your change.</source>
      <translation>刚才有人修改了售后单 {case_no}。请重新查看后再操作。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>State changed</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Still open</source>
      <translation>未办结</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Still to come</source>
      <translation>待退回</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Summary report…</source>
      <translation>售后汇总…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Supervisor decides</source>
      <translation>主管决定</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Supervisor override</source>
      <translation>主管特批</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Supervisor: a reason lets a refused case go ahead</source>
      <translation>主管：填写特批理由即可受理被拒绝的售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Surface mail (平邮)</source>
      <translation>平邮</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That after-sales case no longer exists.</source>
      <translation>该售后单已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That staff member does not exist or has left.</source>
      <translation>该员工不存在或已离职。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The case cannot go from '{current}' to '{target}'.</source>
      <translation>售后单不能从“{current}”变为“{target}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The parcel came by</source>
      <translation>包裹寄送方式</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>The policy leaves this to the supervisor.</source>
      <translation>按售后政策，由主管决定。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>The policy refuses this return: {why} Register it first; a supervisor may override it.</source>
      <translation>按售后政策不予退货：{why} 请先登记售后单，主管可特批。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The policy said: {text}</source>
      <translation>售后政策结论：{text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The policy says: {policy}

Why may this case go ahead? (kept on the timeline and in the audit log)</source>
      <translation>售后政策结论：{policy}

为什么特批受理？（记入处理记录和审计日志）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>The policy settles case {case_no} without a refund; a supervisor's override is needed to refund it.</source>
      <translation>按售后政策，售后单 {case_no} 不退款；如需退款须主管特批。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The repaired item goes back to the buyer; the stock does not change.</source>
      <translation>维修后的商品寄回买家，库存不变。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The replacement leaves the stock.</source>
      <translation>补发商品从库存出库。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The return policy does not apply to this type of case.</source>
      <translation>此类售后单不适用退换货政策。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The shop's policy</source>
      <translation>售后政策</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>The shop's policy refuses this case:
{why}

It will be registered as refused; a supervisor may override it. Register it?</source>
      <translation>按本店售后政策，此售后单不予受理：
{why}

将登记为“已拒绝”，主管可特批。是否登记？</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The sign-for date is not known: counted from the shipping day. Enter the sign-for date from the tracking to count exactly.</source>
      <translation>签收日期不详：按发货日计算。请根据物流信息填写签收日期以准确计算。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>The supervisor decides.</source>
      <translation>由主管决定。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>The supervisor's fortnightly review</source>
      <translation>主管每两周审阅</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>There is no supervisor to escalate to: add one under Staff &amp; accounts.</source>
      <translation>没有可上报的主管：请在“员工与账号”中添加。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>These details cannot be changed here: {names}</source>
      <translation>这些内容不能在这里修改：{names}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>This case has no order: nothing was paid that could be refunded.</source>
      <translation>此售后单没有订单：没有可退的付款。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Through the platform</source>
      <translation>平台原路退回</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Timeline</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Timeliness</source>
      <translation>及时率</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>To</source>
      <translation>接收人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Tracking number</source>
      <translation>物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Upheld: the staff member was at fault</source>
      <translation>成立：员工有责任</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Waiting for the buyer</source>
      <translation>等待买家</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Waiting for the goods</source>
      <translation>等待退货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>WeChat Pay</source>
      <translation>微信支付</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What became of the review?</source>
      <translation>评价后来怎样了？</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>What the buyer says</source>
      <translation>买家描述</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What the buyer says, in their words</source>
      <translation>买家的原话</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What the inspection found</source>
      <translation>验货情况</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>What was said or agreed:</source>
      <translation>沟通内容或约定：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Who</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Who?</source>
      <translation>交给谁？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Why does the supervisor need to decide?</source>
      <translation>为什么需要主管决定？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Why is parcel {tracking} cancelled? Its goods come back to the stock.</source>
      <translation>为什么取消包裹 {tracking}？其商品将回到库存。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Why is the case refused?</source>
      <translation>为什么拒绝此售后单？</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Within the policy</source>
      <translation>符合售后政策</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Worst products (return rate)</source>
      <translation>退货率最高的商品</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>Wrong or missing item</source>
      <translation>发错货/漏发</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>against {name}</source>
      <translation>被投诉：{name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>defective goods {how} −{qty}: {reason}</source>
      <translation>次品{how} −{qty}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>delivery</source>
      <translation>签收</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>dismissed</source>
      <translation>不成立</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>e.g. leaves the shop on 30 November</source>
      <translation>例如：11月30日离职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>handed over</source>
      <translation>已移交</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>not phoned yet</source>
      <translation>尚未电话联系</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>paid ¥{amount}</source>
      <translation>实付 ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>parcel by {method}</source>
      <translation>寄回方式：{method}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>phoned {time}</source>
      <translation>{time} 已电话联系</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>platform refund {number} ({status})</source>
      <translation>平台退款 {number}（{status}）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>shipped {day}</source>
      <translation>{day} 发货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>shipping</source>
      <translation>发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>signed for {day}</source>
      <translation>{day} 签收</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>upheld</source>
      <translation>成立</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{before} → {after}</source>
      <translation>{before} → {after}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: complaint {verdict}</source>
      <translation>{case_no}：投诉{verdict}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: contacted the buyer by {method}</source>
      <translation>{case_no}：已通过{method}联系买家</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: escalated to {name}</source>
      <translation>{case_no}：已上报 {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{case_no}: goods received, {good} good, {bad} defective</source>
      <translation>{case_no}：已收货，良品 {good} 件，次品 {bad} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: note</source>
      <translation>{case_no}：备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{case_no}: parcel {tracking_no} cancelled ({reason})</source>
      <translation>{case_no}：包裹 {tracking_no} 已取消（{reason}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>{case_no}: policy overridden ({reason})</source>
      <translation>{case_no}：主管特批（{reason}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{field}: a whole number from 0.</source>
      <translation>{field}：请输入不小于 0 的整数。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{good} good (back in stock), {bad} defective (次品)</source>
      <translation>良品 {good} 件（已入库），次品 {bad} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>{item} and {n} more</source>
      <translation>{item} 等 {n} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>{method} parcels are refused (拒签): returns come by express only. A supervisor may override the policy for this case.</source>
      <translation>{method}件一律拒签：退货只能走快递。主管可对本售后单特批。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>{name} ({n} open)</source>
      <translation>{name}（{n} 个未办结）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>{n} open cases handed over.</source>
      <translation>已移交 {n} 个未办结售后单。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>{reason} is settled by an exchange, not a refund.</source>
      <translation>{reason}只能换货，不能退款。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>{reason}: only within {w} days of delivery; this is day {n}.</source>
      <translation>{reason}：仅限签收后 {w} 天内；现在是第 {n} 天。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/aftersales.py" />
      <source>{reason}: the goods must come back first (return and refund).</source>
      <translation>{reason}：须先退回商品（退货退款）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>{sku} {name}: how many of the {n} defective pieces?</source>
      <translation>{sku} {name}：{n} 件次品中处理多少件？</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_refunds.py" />
      <source>¥{amount} {method}</source>
      <translation>¥{amount}，{method}</translation>
    </message>
  </context>
  <context>
    <name>Alerts</name>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Batches in stock past their expiry date: book them as damage (报损).</source>
      <translation>已过保质期仍在库的批次：请登记报损。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Batches in stock that expire within {n} days (soonest first).</source>
      <translation>在库批次中 {n} 天内到期的（最早到期的在前）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Book as damage</source>
      <translation>登记报损</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Book as damage (报损)…</source>
      <translation>报损…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Book {which} as damage (报损)? Their remaining pieces leave the stock; the movements are kept in the ledger.</source>
      <translation>将{which}登记报损吗？这些批次剩余的数量将出库，记录会保留在出入库记录中。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Choose the expired batches to book as damage.</source>
      <translation>请选择要报损的过期批次。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Damage −{n}: expired batch of {date} ({note})</source>
      <translation>报损 −{n}：{date} 过期的批次（{note}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Days expired</source>
      <translation>过期天数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Days without sale</source>
      <translation>未售天数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Expired {date}: {note}</source>
      <translation>{date} 过期：{note}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Expiring</source>
      <translation>临期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Expiry date</source>
      <translation>到期日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Inventory alerts</source>
      <translation>库存预警</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Last sale</source>
      <translation>最近售出</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Listed products below {n} pieces or their own threshold.</source>
      <translation>已上架商品中低于 {n} 件或低于其自身预警线的。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Listed products in stock without a sale for {n} days.</source>
      <translation>有库存的已上架商品中 {n} 天没有销售的。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Low stock: below {threshold} pieces (or the product's own threshold). Expired: past the expiry date, to book as damage. Expiring: within {days} days. Slow movers: no sale for {slow} days. Change these in Settings.</source>
      <translation>低库存：少于 {threshold} 件（或商品自身的预警线）。已过期：已过保质期，应报损。临期：{days} 天内到期。滞销：{slow} 天没有销售。可在“设置”中修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Missing to threshold</source>
      <translation>距预警线差</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>No expired batch is in stock.</source>
      <translation>没有在库的过期批次。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>None of these batches is expired and in stock any more.</source>
      <translation>这些批次都已不是在库的过期批次。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Nothing to report.</source>
      <translation>没有需要提醒的。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Nothing to worry about here.</source>
      <translation>这里没有需要处理的预警。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Pieces in this batch</source>
      <translation>本批次件数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Print alerts…</source>
      <translation>打印预警…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Production date</source>
      <translation>生产日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Slow movers</source>
      <translation>滞销</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Stock value (cost)</source>
      <translation>库存金额（成本）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>The first {n} of {total} rows; export to Excel for all of them.</source>
      <translation>共 {total} 行中的前 {n} 行；全部内容请导出到 Excel。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Threshold</source>
      <translation>预警线</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>Value at cost: ¥{value}.</source>
      <translation>成本金额：¥{value}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>all {n} expired batches</source>
      <translation>全部 {n} 个过期批次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>the {n} selected batches</source>
      <translation>选中的 {n} 个批次</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/alerts.py" />
      <source>{pieces} pieces of {n} batches booked as damage.</source>
      <translation>{n} 个批次共 {pieces} 件已登记报损。</translation>
    </message>
  </context>
  <context>
    <name>Appraisal</name>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source> (provisional: not everyone has scored)</source>
      <translation>（暂定：尚有人未评分）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source> — must be 100</source>
      <translation> — 必须为 100</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source> — overdue</source>
      <translation> — 已逾期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>'{line}' is not scored by customers.</source>
      <translation>“{line}”不由客户评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>'{line}' is not scored by the {source}.</source>
      <translation>“{line}”不由{source}评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>(Sales amount − last month's) ÷ last month's. No sales last month: full score if there are sales this month.</source>
      <translation>（本月销售额 − 上月销售额）÷ 上月销售额。上月无销售：本月有销售即得满分。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>(any supervisor; the owner for supervisors)</source>
      <translation>（任一主管；主管由店主评）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_results.py" />
      <source>(owner only)</source>
      <translation>（仅店主可见）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>(the shop)</source>
      <translation>（全店）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>A self-assessment is for oneself only: {name} scores their own appraisal.</source>
      <translation>自评只能本人填写：{name}的考核由其本人自评。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>A template needs at least one indicator.</source>
      <translation>考核模板至少需要一项指标。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Add a customer score</source>
      <translation>添加客户评分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Add a customer score…</source>
      <translation>添加客户评分…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Add line</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Add new staff</source>
      <translation>补充新员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Annual appraisal</source>
      <translation>年度绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Annual appraisal {year}</source>
      <translation>{year} 年度考核</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Appraisal</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Appraisal form {month} — {name}</source>
      <translation>绩效考核表 {month} — {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Appraisal report {month}: {n} forms</source>
      <translation>绩效考核报表 {month}：{n} 份考核表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Appraisal template: {role}</source>
      <translation>考核模板：{role}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Appraisal {month}</source>
      <translation>绩效考核 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month} opened: {n} employees</source>
      <translation>已开启 {month} 绩效考核：{n} 名员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month} reopened ({names}): {reason}</source>
      <translation>{month} 绩效考核已重新开启（{names}）：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month} signed off and locked</source>
      <translation>{month} 绩效考核已签字确认并锁定</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month}, due by {due}{late}: {what}.</source>
      <translation>{month} 绩效考核，截止 {due}{late}：{what}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Appraisal {month}: {created} new, {total} employees in all. They can score now; it is due by {due}.</source>
      <translation>{month} 绩效考核：新增 {created} 人，共 {total} 名员工。现在即可评分，截止日期 {due}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Appraisal {month}: {grade} ({total})</source>
      <translation>{month} 绩效考核：{grade}（{total} 分）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraised</source>
      <translation>参加考核</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Appraised every month</source>
      <translation>每月参加考核</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Approved leave of every kind, in days.</source>
      <translation>各类已批准的请假，按天计。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Average</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Average of the months signed off for the person (months still being scored are left out); grade by the same thresholds as the monthly appraisal.</source>
      <translation>取本人已签字确认各月的平均分（仍在评分中的月份不计）；等级按与月度考核相同的分数线评定。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Average order value</source>
      <translation>客单价</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Average score</source>
      <translation>平均分</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Average total</source>
      <translation>平均总分</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Bands</source>
      <translation>分档</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Bands: '≥95:100; ≥90:90; *:40' (higher is better) or '≤0:100; ≤2:80; *:0' (lower is better); the first band met gives the score. Linear: actual ÷ target × 100, at most 100. A month already opened keeps its own copy.</source>
      <translation>分档写法：“≥95:100; ≥90:90; *:40”（越高越好）或“≤0:100; ≤2:80; *:0”（越低越好），取第一个满足的档位得分。线性：实际 ÷ 目标 × 100，最高 100 分。已开启的月份保留当时的模板副本。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Carrier</source>
      <translation>物流公司</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Case</source>
      <translation>售后单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Choose a colleague first.</source>
      <translation>请先选择一位同事。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Choose a customer score first.</source>
      <translation>请先选择一条客户评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Choose a person first.</source>
      <translation>请先选择一个人。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Choose an employee first.</source>
      <translation>请先选择一名员工。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Clock-in</source>
      <translation>上班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Clock-out</source>
      <translation>下班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Colleague</source>
      <translation>同事</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Colleagues I score (anonymously) in</source>
      <translation>我（匿名）互评的同事，月份</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Comment: at most {n} characters.</source>
      <translation>评语：最多 {n} 个字。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaint resolution rate</source>
      <translation>投诉解决率</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaint-handling timeliness rate</source>
      <translation>投诉处理及时率</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Complaints received in the month that the person handled; in time: answered within {hours} hours.</source>
      <translation>本月收到、由本人处理的投诉；及时：{hours} 小时内首次响应。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaints resolved ÷ complaints received. No complaints: full score.</source>
      <translation>已解决投诉 ÷ 收到投诉。无投诉：满分。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Complaints the person handled that were answered within the set hours ÷ complaints received. No complaints: full score.</source>
      <translation>本人处理的投诉中在规定小时内响应的 ÷ 收到的投诉。无投诉：满分。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Computing the indicators…</source>
      <translation>正在计算考核指标…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customer development</source>
      <translation>客户开发</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customer satisfaction</source>
      <translation>客户满意度</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Customer score</source>
      <translation>客户评分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Customer scores (revisits, satisfaction results)</source>
      <translation>客户评价（回访、满意度调查）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Customer scores are added one by one (from a revisit or a satisfaction result).</source>
      <translation>客户评分逐条添加（来自回访或满意度调查）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customer service</source>
      <translation>客户服务</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customers</source>
      <translation>客户评价</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Customers whose first purchase (paid, not cancelled) is an order this person took, paid in the month.</source>
      <translation>首次购买（已付款、未取消）为本人经手、本月付款订单的客户。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Days absent</source>
      <translation>旷工天数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Days of leave</source>
      <translation>请假天数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Discipline</source>
      <translation>工作纪律</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Double-click to see what it counts.</source>
      <translation>双击查看明细。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Each order made its customer a new customer.</source>
      <translation>每笔订单都使其客户成为新客户。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Each person's months, average and rank</source>
      <translation>每人各月得分、平均分和排名</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Each source</source>
      <translation>各评价来源</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Early leaves</source>
      <translation>早退次数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Edit team and supervisor…</source>
      <translation>编辑小组和上级…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Employee</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Employee's comment</source>
      <translation>员工意见</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Employee's comment: {text}</source>
      <translation>员工意见：{text}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Employees</source>
      <translation>员工人数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Employees per grade</source>
      <translation>各等级人数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Entered</source>
      <translation>录入时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Execution</source>
      <translation>执行力</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Find a name…</source>
      <translation>查找姓名…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Fines</source>
      <translation>罚款次数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Fines (¥)</source>
      <translation>罚款（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Fines recorded for the person in the month.</source>
      <translation>本月对本人登记的罚款。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>First answer after (h:mm)</source>
      <translation>首次响应用时（时:分）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Forms: {n} of {total}</source>
      <translation>考核表：{n} / {total}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Freight</source>
      <translation>运费</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>From</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Good</source>
      <translation>良好</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Grade distribution</source>
      <translation>等级分布</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Gross profit</source>
      <translation>毛利</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Group</source>
      <translation>考核类别</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Growth against last month</source>
      <translation>环比增长率</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Growth fund entry</source>
      <translation>成长基金记录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Improved most against last month</source>
      <translation>较上月进步最大</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>In time</source>
      <translation>及时</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Inbound goods and stocktakes on time</source>
      <translation>入库及盘点及时</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Indicator</source>
      <translation>考核指标</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Indicators</source>
      <translation>指标得分</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Initiative</source>
      <translation>工作积极性</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>January: print the annual appraisal of {year}.</source>
      <translation>一月：请打印 {year} 年度考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Late arrivals</source>
      <translation>迟到次数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Leave</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Line {n} ({name})</source>
      <translation>第 {n} 行（{name}）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Line {n}: the target '{value}' is not a number.</source>
      <translation>第 {n} 行：目标“{value}”不是数字。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Line {n}: the weight '{value}' is not a whole number.</source>
      <translation>第 {n} 行：权重“{value}”不是整数。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Linear to target</source>
      <translation>按目标线性计分</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Listings and promotions</source>
      <translation>商品上架与活动策划</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Min early</source>
      <translation>早退分钟</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Min late</source>
      <translation>迟到分钟</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Month overview</source>
      <translation>月度总览</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Month {month}…</source>
      <translation>{month} 月…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Month:</source>
      <translation>月份：</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Month: write it like 2026-10 (got '{text}').</source>
      <translation>月份：请写成 2026-10 的格式（收到“{text}”）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Monthly appraisal</source>
      <translation>月度绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Monthly appraisal {month}</source>
      <translation>{month} 月度绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Months appraised</source>
      <translation>已考核月数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>My appraisal</source>
      <translation>我的考核</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>My appraisals (only you, your supervisor and the owner see them)</source>
      <translation>我的考核（仅本人、上级和店主可见）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>M{n}</source>
      <translation>{n}月</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Name (optional)</source>
      <translation>名称（可选）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Negative reviews</source>
      <translation>中差评数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Negative-review cases received in the month against this person.</source>
      <translation>本月收到的、针对本人的中差评。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>New customers</source>
      <translation>新客户数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>No appraisal of {year} has been signed off yet.</source>
      <translation>{year} 年还没有已签字确认的考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Nobody can be compared with last month (no appraisal then, or no rise).</source>
      <translation>无人可与上月比较（上月未考核，或无人进步）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Nobody is their own supervisor.</source>
      <translation>不能把自己设为自己的上级。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Not counted (their module is not installed): {names}. The total is scaled up to a weight of 100: {sum} × 100 ÷ {weight} = {total}.</source>
      <translation>未计入（相应模块未安装）：{names}。总分按权重 100 折算：{sum} × 100 ÷ {weight} = {total}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Not opened yet. Due by {due}.</source>
      <translation>尚未开启。截止日期 {due}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Not signed off yet: {state}</source>
      <translation>尚未签字确认：{state}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Not signed: {names} still have indicators nobody scored (first: {name}, '{line}'). Nothing was signed.</source>
      <translation>未签字：{names} 仍有无人评分的指标（首个：{name}，“{line}”）。没有签署任何考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Note: at most 200 characters.</source>
      <translation>来源说明：最多 200 个字。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Note: say where the score comes from (revisit, survey, customer).</source>
      <translation>来源说明：请写明评分来自哪里（回访、调查、哪位客户）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Nothing left for you to score.</source>
      <translation>您没有待评分的考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Nothing to reopen: that appraisal of {month} is not signed off.</source>
      <translation>无需重新开启：{month} 的该考核尚未签字确认。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Only a computed indicator has a target.</source>
      <translation>只有自动计算的指标才有目标值。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Only colleagues of {name}'s team score {name} as peers.</source>
      <translation>只有{name}所在小组的同事才能对{name}进行互评。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Only the owner sees profit figures.</source>
      <translation>只有店主可以查看利润数据。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Open my form</source>
      <translation>查看我的考核表</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Open the month</source>
      <translation>开启本月考核</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Order count</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Order number</source>
      <translation>订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Order total</source>
      <translation>订单金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Orders the person took (order's staff), paid in the month and not cancelled or closed: Σ order totals (goods + freight − discount).</source>
      <translation>本人经手（订单的经办人）、本月付款且未取消或关闭的订单：订单金额合计（货款 + 运费 − 优惠）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Orders the person took, paid in the month and not cancelled or closed.</source>
      <translation>本人经手、本月付款且未取消或关闭的订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Orders the person took, paid in the month, that came back.</source>
      <translation>本人经手、本月付款、发生退换货的订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Orders the person took, paid in the month, with a return ÷ those orders. No orders: full score.</source>
      <translation>本人经手、本月付款的订单中有退货的 ÷ 这些订单。无订单：满分。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Other (named)</source>
      <translation>其他（自定名称）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Owner</source>
      <translation>店主</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Paid at</source>
      <translation>付款时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Parcels shipped</source>
      <translation>发货包裹数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Parcels the person shipped in the month (cancelled shipments left out).</source>
      <translation>本人本月发出的包裹（已作废的发货不计）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Peer scores</source>
      <translation>团队互评</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Peers</source>
      <translation>团队互评</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Peers are the colleagues of the same team (supervisors with supervisors); a change applies to months opened afterwards.</source>
      <translation>同一小组的同事互为互评人（主管与主管互评）；修改对之后开启的月份生效。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Peers still to score: {names}</source>
      <translation>尚未互评的同事：{names}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Poor</source>
      <translation>较差</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Print my form…</source>
      <translation>打印我的考核表…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Print report…</source>
      <translation>打印报表…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Provisional: not everyone has scored yet.</source>
      <translation>暂定：尚有人未评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Put the template of the {role} back to the shop's defaults?</source>
      <translation>把“{role}”的考核模板恢复为默认设置？</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Quality of pictures and descriptions</source>
      <translation>图片与详情页质量</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Quality of work</source>
      <translation>工作质量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Ranking</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Ready to sign off</source>
      <translation>可签字确认</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Reason: at most 200 characters.</source>
      <translation>原因：最多 200 个字。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Reason: say why the appraisal is reopened.</source>
      <translation>原因：请说明重新开启考核的原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Received</source>
      <translation>收到时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Refunded</source>
      <translation>退款金额</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Remove line</source>
      <translation>删除一行</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Remove this customer score?</source>
      <translation>删除这条客户评分？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Reopen the appraisal of {who}. Why? (kept in the audit log)</source>
      <translation>重新开启{who}的考核。原因？（记入操作日志）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Reopen {month}</source>
      <translation>重新开启 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Reopen…</source>
      <translation>重新开启…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Restore defaults…</source>
      <translation>恢复默认…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Return rate of orders taken</source>
      <translation>经手订单退货率</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Rewards and fines for the grades were recorded in the growth fund: {names}.</source>
      <translation>按等级的奖励和罚款已记入成长基金：{names}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Role</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Role:</source>
      <translation>岗位：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Rule</source>
      <translation>计分规则</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount</source>
      <translation>销售额</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount ÷ order count (客单价).</source>
      <translation>销售额 ÷ 订单数（客单价）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount ÷ the monthly sales target (the target of this line). Linear: the completion rate, capped at 100.</source>
      <translation>销售额 ÷ 月度销售目标（本行的目标）。线性：得分即完成率，最高 100。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales amount − freight − cost of goods (today's product cost × quantity). Only the owner sees the figure and its target.</source>
      <translation>销售额 − 运费 − 商品成本（当前成本 × 数量）。只有店主能看到该数据和目标。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales performance</source>
      <translation>销售业绩</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sales target completion</source>
      <translation>销售目标完成率</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Save scores</source>
      <translation>保存评分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Save template</source>
      <translation>保存模板</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scheduled days without attendance or approved leave (旷工).</source>
      <translation>有排班但未出勤且未请假的天数（旷工）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Score / view…</source>
      <translation>评分 / 查看…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Score the colleague…</source>
      <translation>给同事评分…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Score yourself 0–100 on each line of the last column; your supervisor and the owner see it.</source>
      <translation>请在最后一列为每一项自评 0–100 分；上级和店主可以看到。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scored 0–100</source>
      <translation>人工评分 0–100</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Scored by</source>
      <translation>评分人</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scored by the colleagues of the team (团队互评).</source>
      <translation>由小组同事评分（团队互评）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Scored by you</source>
      <translation>我已评</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Scores from revisits and satisfaction results (客户评价).</source>
      <translation>来自回访和满意度调查的评分（客户评价）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Self</source>
      <translation>自评</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Self-assessment</source>
      <translation>自我评估</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Self-assessment…</source>
      <translation>自评…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Sense of responsibility</source>
      <translation>责任心</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Shipped at</source>
      <translation>发货时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shipping accuracy (right goods, same day)</source>
      <translation>发货准确及时（货对、当天发）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shop complaint resolution rate</source>
      <translation>全店投诉解决率</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shop growth against last month</source>
      <translation>全店环比增长率</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Shop sales target completion</source>
      <translation>全店销售目标完成率</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off</source>
      <translation>签字确认</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off every appraisal of {month} and lock the month?</source>
      <translation>签字确认 {month} 的全部考核并锁定本月？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off the appraisal of {name} for {month}? It is then locked.</source>
      <translation>签字确认{name}的 {month} 考核？确认后将被锁定。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Sign off the month</source>
      <translation>签字确认本月</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Signed off</source>
      <translation>已签字确认</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Signed off {day} by {name}</source>
      <translation>{day} 由 {name} 签字确认</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Someone changed this appraisal meanwhile. Close the form and open it again.</source>
      <translation>有人同时修改了这份考核。请关闭后重新打开。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Someone changed this template meanwhile. Close it and open it again.</source>
      <translation>有人同时修改了这个模板。请关闭后重新打开。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Source of scores</source>
      <translation>评价来源</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Stars</source>
      <translation>星级</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Still to score</source>
      <translation>尚未评分的人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Still to score: {names}. Their scores will be missing.</source>
      <translation>尚未评分：{names}。他们的评分将缺失。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Stock accuracy (books match the shelves)</source>
      <translation>库存准确（账实相符）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Supervisor</source>
      <translation>上级</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Supervisor's comment</source>
      <translation>主管评语</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Supervisor's comment: {text}</source>
      <translation>主管评语：{text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Supervisor's scores</source>
      <translation>上级评估</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Target / rule</source>
      <translation>目标 / 规则</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Team</source>
      <translation>小组</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Team (peers score each other within it)</source>
      <translation>小组（组内同事互评）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Team and supervisor of {name}</source>
      <translation>{name}的小组和上级</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Team management (meetings, training, handover)</source>
      <translation>团队管理（例会、培训、交接）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Team summary {month}</source>
      <translation>团队汇总 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>Team: at most 40 characters.</source>
      <translation>小组：最多 40 个字。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Teams</source>
      <translation>小组</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Teamwork</source>
      <translation>团队协作</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Teamwork and cooperation</source>
      <translation>团队协作与配合</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Templates</source>
      <translation>考核模板</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>That appraisal no longer exists.</source>
      <translation>该考核已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>That customer score no longer exists.</source>
      <translation>该客户评分已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>That indicator is not part of this appraisal.</source>
      <translation>该指标不属于这份考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} has not been opened yet.</source>
      <translation>{month} 的绩效考核尚未开启。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} is already signed off.</source>
      <translation>{month} 的绩效考核已签字确认。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} is not open yet: open it; it is due by {due} (次月上旬).</source>
      <translation>{month} 的绩效考核尚未开启：请开启，截止日期 {due}（次月上旬）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>The appraisal of {month} is signed off and locked. Only the owner can reopen it, with a reason.</source>
      <translation>{month} 的绩效考核已签字确认并锁定。只有店主可以说明原因后重新开启。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>The appraisal of {name} for {month} is signed off and locked. Only the owner can reopen it, with a reason.</source>
      <translation>{name}的 {month} 绩效考核已签字确认并锁定。只有店主可以说明原因后重新开启。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>The first {n} of {total} are listed.</source>
      <translation>共 {total} 条，列出前 {n} 条。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>The self-assessment of {month} opens on {day} (at the month's end).</source>
      <translation>{month} 的自评于 {day} 开放（月末进行）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>The shop's defaults (not edited yet)</source>
      <translation>默认模板（尚未修改）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>The supervisor must be a supervisor or the owner.</source>
      <translation>上级必须是主管或店主。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>The template of the {role} was saved. Months opened from now on use it.</source>
      <translation>“{role}”的考核模板已保存。之后开启的月份将使用它。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The weights of the four sources of scores add up to {sum}, not 100. Nothing was saved.</source>
      <translation>四个评价来源的权重合计为 {sum}，不是 100。未保存任何内容。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The weights of the indicators add up to {sum}, not 100. Nothing was saved.</source>
      <translation>各项指标的权重合计为 {sum}，不是 100。未保存任何内容。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The whole shop's complaints resolved ÷ received.</source>
      <translation>全店已解决投诉 ÷ 收到投诉。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The whole shop's sales amount against last month's.</source>
      <translation>全店销售额与上月比较。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The whole shop's sales amount of the month ÷ the target of this line.</source>
      <translation>全店本月销售额 ÷ 本行的目标。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>The {role} is not appraised.</source>
      <translation>“{role}”不参加考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>There is no appraisal of yours yet.</source>
      <translation>您还没有考核记录。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>There is no appraisal of {month} for you to print.</source>
      <translation>没有可供您打印的 {month} 考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>There is no appraisal template for the role '{role}'.</source>
      <translation>岗位“{role}”没有考核模板。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>This indicator is scored by people; there is nothing to count.</source>
      <translation>该指标由人工评分，没有可统计的明细。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Times late in the month, from the roster and the clock.</source>
      <translation>本月迟到次数，按排班和打卡计算。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Times the person left before the end of the shift.</source>
      <translation>下班前提前离开的次数。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Total score</source>
      <translation>总分</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Tracking number</source>
      <translation>物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Type a score 0–100</source>
      <translation>输入 0–100 的分数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Unknown indicator '{key}'.</source>
      <translation>未知指标“{key}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>Unknown way of scoring '{mode}'.</source>
      <translation>未知的评分方式“{mode}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for customer scores</source>
      <translation>等待客户评价</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for peers</source>
      <translation>等待团队互评</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for self-assessment</source>
      <translation>等待自评</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>Waiting for the supervisor</source>
      <translation>等待上级评估</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Weight %</source>
      <translation>权重 %</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Weight of the {source} score: a whole number 0–100.</source>
      <translation>{source}的权重：0–100 的整数。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Weighted</source>
      <translation>加权得分</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Weights of the sources of scores:</source>
      <translation>各评价来源的权重：</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Work attitude</source>
      <translation>工作态度</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Work delivered on time</source>
      <translation>按时交付工作</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Writing the PDF…</source>
      <translation>正在生成 PDF…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>Year: write it like 2026 (got '{text}').</source>
      <translation>年份：请写成 2026 的格式（收到“{text}”）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You are not {name}'s supervisor.</source>
      <translation>您不是{name}的上级。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You cannot enter customer scores for your own appraisal.</source>
      <translation>不能为自己的考核录入客户评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You cannot give yourself the supervisor's score.</source>
      <translation>不能给自己打上级评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You cannot score yourself as a peer; fill in your self-assessment instead.</source>
      <translation>不能给自己互评；请填写自评。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>You may see only your own appraisal result.</source>
      <translation>您只能查看自己的考核结果。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>Your account is not linked to a staff member.</source>
      <translation>您的账号没有关联员工档案。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Your comment (the employee's)</source>
      <translation>我的意见（员工意见）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Your score</source>
      <translation>我的评分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>Your scores are anonymous: {name} sees only the mean of all colleagues.</source>
      <translation>您的评分是匿名的：{name}只能看到全部同事的平均分。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>after-sales</source>
      <translation>售后</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>e.g. revisit 10-12, Ms Wang: very satisfied</source>
      <translation>例如：10-12 回访王女士，非常满意</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>every employee</source>
      <translation>全部员工</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>left</source>
      <translation>已离职</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>n/a</source>
      <translation>不计入</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>no sales last month</source>
      <translation>上月无销售</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>not opened</source>
      <translation>未开启</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>peers scored: {n} of {total}</source>
      <translation>已互评：{n} / {total}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>roster and attendance</source>
      <translation>排班考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>scored by: {who}</source>
      <translation>评分：{who}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>signed off</source>
      <translation>已签字</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>your self-assessment</source>
      <translation>您的自评</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{month} has not begun yet; a month is appraised at its end.</source>
      <translation>{month} 还没开始；月度考核在月末进行。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>{month} {name}: customer score</source>
      <translation>{month} {name}：客户评分</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{month} {name}: signed off, {total} {grade}</source>
      <translation>{month} {name}：已签字确认，{total} 分，{grade}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{month} {name}: target</source>
      <translation>{month} {name}：目标</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_scoring.py" />
      <source>{month} {name}: {source} score</source>
      <translation>{month} {name}：{source}评分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>{name} · {role} · {month}</source>
      <translation>{name} · {role} · {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{name}: nobody has scored '{line}' yet; it cannot be signed off.</source>
      <translation>{name}：“{line}”还没有任何人评分，不能签字确认。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{name}: {total}, {grade}. Signed off and locked.</source>
      <translation>{name}：{total} 分，{grade}。已签字确认并锁定。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{n} appraisal(s) reopened. A reward or fine already recorded for a grade stays in the growth fund.</source>
      <translation>已重新开启 {n} 份考核。已按等级登记的奖励或罚款仍保留在成长基金中。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{n} appraisal(s) to sign off</source>
      <translation>{n} 份考核待签字确认</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{n} appraisals of {month} signed off; the month is locked.</source>
      <translation>{month} 的 {n} 份考核已签字确认；本月已锁定。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{n} colleague(s) as a peer</source>
      <translation>{n} 位同事待互评</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{n} employee(s) as supervisor</source>
      <translation>{n} 名员工待上级评估</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>{n} employees · {signed} signed off · due by {due}</source>
      <translation>{n} 名员工 · {signed} 人已签字确认 · 截止 {due}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_dialogs.py" />
      <source>{n} in all</source>
      <translation>共 {n} 条</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} min early</source>
      <translation>早退 {n} 分钟</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} min late</source>
      <translation>迟到 {n} 分钟</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{n} of {total}</source>
      <translation>{n} / {total}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} of {total} complaints answered in time</source>
      <translation>{total} 起投诉中 {n} 起及时响应</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} of {total} complaints resolved</source>
      <translation>{total} 起投诉中 {n} 起已解决</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} of {total} orders with a return</source>
      <translation>{total} 笔订单中 {n} 笔有退货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>{n} orders</source>
      <translation>{n} 笔订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{n} score(s)</source>
      <translation>{n} 条评分</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{source} score</source>
      <translation>{source}得分</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what} is computed from the records; choose linear or bands, not a direct score.</source>
      <translation>{what}由系统根据记录计算；请选择线性或分档，不能人工评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what} is in the template twice.</source>
      <translation>{what}在模板中重复出现。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '*' (everything else) must be the last band.</source>
      <translation>{what}：“*”（其余情况）必须是最后一档。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{part}' is not a band; write it like '≥95:100' or '≤2:80', and '*:40' for everything else.</source>
      <translation>{what}：“{part}”不是有效的分档；请写成“≥95:100”或“≤2:80”，其余情况写“*:40”。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{part}' needs a number after {op}.</source>
      <translation>{what}：“{part}”在 {op} 后面需要一个数字。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{part}': a score is between 0 and 100.</source>
      <translation>{what}：“{part}”：分数应在 0 到 100 之间。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: '{value}' is not a number.</source>
      <translation>{what}：“{value}”不是数字。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: a linear score needs a target above 0.</source>
      <translation>{what}：线性计分需要大于 0 的目标值。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: a score is between 0 and 100 (got {value}).</source>
      <translation>{what}：分数应在 0 到 100 之间（收到 {value}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: choose who scores it (self, supervisor, peers, customers).</source>
      <translation>{what}：请选择评分人（自评、上级、互评、客户）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: every source that scores it has weight 0; give one of them a weight.</source>
      <translation>{what}：为它评分的来源权重都是 0；请至少给其中一个设置权重。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: give the indicator a name.</source>
      <translation>{what}：请给这项指标起个名称。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: lower is better here, so score it with bands such as '≤0:100; ≤2:80; *:0'.</source>
      <translation>{what}：该指标越低越好，请用分档计分，例如“≤0:100; ≤2:80; *:0”。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: name the monthly sales target (¥).</source>
      <translation>{what}：请填写月度销售目标（元）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: not a number.</source>
      <translation>{what}：不是数字。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: the name is at most 60 characters.</source>
      <translation>{what}：名称最多 60 个字。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal.py" />
      <source>{what}: the target must be above 0.</source>
      <translation>{what}：目标值必须大于 0。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: the weight is a whole number 0–100.</source>
      <translation>{what}：权重应为 0–100 的整数。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: unknown group '{group}'.</source>
      <translation>{what}：未知的考核类别“{group}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: unknown scoring rule '{rule}'.</source>
      <translation>{what}：未知的计分规则“{rule}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: use either ≥ (higher is better) or ≤ (lower is better) in all bands, not both.</source>
      <translation>{what}：所有分档须统一用 ≥（越高越好）或 ≤（越低越好），不能混用。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/appraisal.py" />
      <source>{what}: write bands like '≥95:100; ≥90:90; *:40'.</source>
      <translation>{what}：分档请写成“≥95:100; ≥90:90; *:40”。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>¥{amount}</source>
      <translation>¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>¥{amount} ÷ {n} orders</source>
      <translation>¥{amount} ÷ {n} 笔订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_indicators.py" />
      <source>¥{this} against ¥{last}</source>
      <translation>本月 ¥{this}，上月 ¥{last}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal_templates.py" />
      <source>Σ weights: {n} %</source>
      <translation>权重合计：{n} %</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source> (next day)</source>
      <translation>（次日）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>'{value}' has no date: choose the date column (日期) too</source>
      <translation>'{value}' 没有日期：请同时选择日期列（日期）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>'{value}' is not a date</source>
      <translation>'{value}' 不是日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>'{value}' is not a punch time (write it like 08:57)</source>
      <translation>'{value}' 不是打卡时间（格式如 08:57）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>A punch at {time} exists already; wait a moment.</source>
      <translation>{time} 已有一条打卡记录，请稍候再打。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Absent</source>
      <translation>旷工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Absent days</source>
      <translation>旷工天数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>All punches</source>
      <translation>全部打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>At work</source>
      <translation>上班中</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Attendance {month}</source>
      <translation>考勤 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Choose a person, then the day to correct.</source>
      <translation>请先选择人员，再选择要更正的日期。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Choose the column of the punch time (打卡时间), or the clock-in and clock-out columns (上班打卡 / 下班打卡).</source>
      <translation>请选择打卡时间列（打卡时间），或上班打卡 / 下班打卡两列。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Choose the column of the staff number (工号) or of the name (姓名).</source>
      <translation>请选择工号列或姓名列。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock in</source>
      <translation>上班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock out</source>
      <translation>下班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Clock-in</source>
      <translation>上班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock-in at</source>
      <translation>上班打卡时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Clock-out</source>
      <translation>下班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clock-out at</source>
      <translation>下班打卡时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clocked in at {time}.</source>
      <translation>已于 {time} 上班打卡。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Clocked out at {time}.</source>
      <translation>已于 {time} 下班打卡。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Computed from the roster and the punches. Double-click a person for their days.</source>
      <translation>由排班和打卡记录自动计算。双击某人查看其每日考勤。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Computing the month…</source>
      <translation>正在计算本月考勤…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Correct day…</source>
      <translation>更正考勤…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Correct {name}'s {day}</source>
      <translation>更正 {name} {day} 的考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Days worked</source>
      <translation>实际出勤天数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Details {month}</source>
      <translation>考勤明细 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>E</source>
      <translation>早</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Early (min)</source>
      <translation>早退（分钟）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Early (times)</source>
      <translation>早退（次）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Employee</source>
      <translation>员工签字</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Enter a clock-in or clock-out time, or excuse the day.</source>
      <translation>请填写上班或下班打卡时间，或将当天设为免责。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Every shift with its punches</source>
      <translation>每个班次及其打卡记录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Everyone</source>
      <translation>全体人员</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Excel…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Excuse the day (business trip, clock broken …)</source>
      <translation>当天免责（外出公干、考勤机故障等）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Excused</source>
      <translation>免责</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Give the reason for the correction.</source>
      <translation>请填写更正原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Handover book</source>
      <translation>交接本</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Import punches (clock, DingTalk, WeCom)</source>
      <translation>导入打卡记录（考勤机、钉钉、企业微信）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Import punches…</source>
      <translation>导入打卡记录…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>In or out</source>
      <translation>上班/下班</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>L</source>
      <translation>迟</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Late (min)</source>
      <translation>迟到（分钟）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Late (times)</source>
      <translation>迟到（次）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Late {late} min, left {early} min early</source>
      <translation>迟到 {late} 分钟，早退 {early} 分钟</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Late {n} min</source>
      <translation>迟到 {n} 分钟</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Leave</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Left {n} min early</source>
      <translation>早退 {n} 分钟</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>M</source>
      <translation>缺</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Missing punch ({which})</source>
      <translation>缺卡（{which}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Missing punches</source>
      <translation>缺卡次数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Monthly attendance sheet</source>
      <translation>月度考勤表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Monthly attendance sheet {month}</source>
      <translation>月度考勤表 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My day</source>
      <translation>我的今天</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My month</source>
      <translation>本人月度考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My shifts of the next 7 days</source>
      <translation>未来 7 天我的班次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>No shift on the roster today.</source>
      <translation>今天没有排班。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>No shift on the roster today; the punch is kept.</source>
      <translation>今天没有排班；打卡记录已保存。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Nobody had a shift on the roster this month.</source>
      <translation>本月没有任何排班。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Normal</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>Not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Only employed staff clock in.</source>
      <translation>只有在职员工才能打卡。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Print my sheet…</source>
      <translation>打印本人考勤表…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Print sheet…</source>
      <translation>打印考勤表…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Punch time</source>
      <translation>打卡时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Result</source>
      <translation>考勤结果</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Scheduled days</source>
      <translation>应出勤天数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Scheduled {scheduled} days, worked {worked}; late {late}× ({late_min} min), left early {early}× ({early_min} min); absent {absent} days; missing punches {missing}</source>
      <translation>应出勤 {scheduled} 天，实际出勤 {worked} 天；迟到 {late} 次（{late_min} 分钟），早退 {early} 次（{early_min} 分钟）；旷工 {absent} 天；缺卡 {missing} 次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>Staff number</source>
      <translation>工号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Supervisor</source>
      <translation>主管签字</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Team</source>
      <translation>团队考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Team totals</source>
      <translation>团队汇总</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>The clock-out ({out}) is before the clock-in ({in_}).</source>
      <translation>下班打卡（{out}）早于上班打卡（{in_}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>The month day by day</source>
      <translation>本月逐日考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>The month grid with totals</source>
      <translation>月度考勤表（含汇总）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Today: {shifts}</source>
      <translation>今天：{shifts}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Which sheet?</source>
      <translation>导出哪一种表？</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>X</source>
      <translation>旷</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>You clocked in at {time} already; clock out first.</source>
      <translation>你已于 {time} 上班打卡，请先下班打卡。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>You have not clocked in yet, so you cannot clock out. If you forgot, ask your supervisor to correct the day.</source>
      <translation>你还没有上班打卡，不能下班打卡。如忘记打卡，请主管更正当天考勤。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>Your account is not linked to a staff record. Ask the owner to link it (Staff &amp; accounts).</source>
      <translation>你的账号没有关联员工档案，请店主在“员工与账号”中关联。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>e.g. forgot to clock out; confirmed by the supervisor</source>
      <translation>例如：忘记下班打卡，主管已确认</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>no clock-in</source>
      <translation>缺上班卡</translation>
    </message>
    <message>
      <location filename="shopmanager/core/attendance.py" />
      <source>no clock-out</source>
      <translation>缺下班卡</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>no staff member has the number {no}{name}</source>
      <translation>没有工号为 {no} 的员工{name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>no staff member is called {name}</source>
      <translation>没有叫 {name} 的员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>no staff number or name</source>
      <translation>没有工号也没有姓名</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>staff number {no} is {owner}, not {name}</source>
      <translation>工号 {no} 是 {owner}，不是 {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{file}: {created} new punches, {unchanged} already stored</source>
      <translation>{file}：新增打卡 {created} 条，已存在 {unchanged} 条</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>{kind} (days)</source>
      <translation>{kind}（天）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>{label}: {value}</source>
      <translation>{label}：{value}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>{n} open handover item(s) for your shift: {first} &lt;a href='handover'&gt;Open the handover book&lt;/a&gt;</source>
      <translation>本班有 {n} 条待接手的交接事项：{first} &lt;a href='handover'&gt;打开交接本&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{n} staff members are called {name}: give the staff number (工号)</source>
      <translation>有 {n} 位员工叫 {name}：请提供工号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{people} people, {punches} punches in the file</source>
      <translation>文件中共 {people} 人、{punches} 条打卡记录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/punch_import.py" />
      <source>{time} is in the future</source>
      <translation>{time} 是将来的时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>{time} is in the future.</source>
      <translation>{time} 是将来的时间。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/attendance.py" />
      <source>{time} is not on {day} (or the night after it).</source>
      <translation>{time} 不在 {day}（或当晚次日）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>√ normal · L late (minutes) · E left early (minutes) · X absent · M missing punch · P/S/A/C/M/B/F/O leave (personal, sick, annual, in lieu, marriage, birth, bereavement, other) · blank: no shift · “·” shift in progress</source>
      <translation>√ 正常 · 迟 迟到（分钟） · 早 早退（分钟） · 旷 旷工 · 缺 缺卡 · 事/病/年/调/婚/产/丧/他 请假（事假、病假、年假、调休、婚假、产假、丧假、其他） · 空白：未排班 · “·”上班中</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>(no name)</source>
      <translation>（无名称）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>(removed)</source>
      <translation>（已删除）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Active</source>
      <translation>在职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>After-sales case</source>
      <translation>售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All records</source>
      <translation>全部记录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All time</source>
      <translation>全部时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>All users</source>
      <translation>全部用户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraisal</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraisal team</source>
      <translation>考核小组</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Appraisal template</source>
      <translation>考核模板</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Approved</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Attendance</source>
      <translation>考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Audit log</source>
      <translation>操作日志</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Backed up</source>
      <translation>已备份</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Backup failed</source>
      <translation>备份失败</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Cancelled</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Carrier</source>
      <translation>物流公司</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Category</source>
      <translation>类目</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Clocked in</source>
      <translation>上班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Clocked out</source>
      <translation>下班打卡</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Corrected</source>
      <translation>更正</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Created</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Enabled</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Erased</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Escalated</source>
      <translation>上报主管</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Exported</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Fine / reward</source>
      <translation>奖惩</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Goods</source>
      <translation>商品金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Goods received</source>
      <translation>退货收货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Growth fund</source>
      <translation>成长基金</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Handed over</source>
      <translation>移交</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Handover book</source>
      <translation>交接本</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Import mapping</source>
      <translation>导入对应关系</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>In use</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Inbound receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Items</source>
      <translation>商品明细</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Leave</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Leaving date</source>
      <translation>离职日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Left the shop</source>
      <translation>离职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Logged in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Login failed</source>
      <translation>登录失败</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Meeting</source>
      <translation>例会</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Number / name</source>
      <translation>编号 / 名称</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Old → new</source>
      <translation>旧值 → 新值</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Opened</source>
      <translation>开启</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Order lines</source>
      <translation>订单明细</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_labels.py" />
      <source>Platform item code</source>
      <translation>平台商品编码</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Policy overridden</source>
      <translation>主管特批</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Posted</source>
      <translation>已过账</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Printed</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Refunded</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Refused</source>
      <translation>被拒绝</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Rejected</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Reopened</source>
      <translation>重新开启</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Restored</source>
      <translation>已恢复</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Reviewed</source>
      <translation>已复核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Revisit plan</source>
      <translation>回访计划</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Role</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Roster</source>
      <translation>排班</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Scored</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Search summary and changes…  (Ctrl+F)</source>
      <translation>搜索摘要和修改内容…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Shipment</source>
      <translation>发货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Shipped</source>
      <translation>发货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Shop</source>
      <translation>店铺</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_audit.py" />
      <source>Signed off</source>
      <translation>签字确认</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Status</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stock movement</source>
      <translation>出入库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stock movements</source>
      <translation>出入库记录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Stocktake</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>The account is disabled</source>
      <translation>账号已停用</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Ticked off</source>
      <translation>已接手</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/audit.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Tracking number patterns</source>
      <translation>运单号规则</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Tried while logins were paused after wrong passwords</source>
      <translation>多次密码错误暂停登录期间再次尝试</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Tried: {action}</source>
      <translation>试图：{action}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Unknown user name</source>
      <translation>用户名不存在</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>User account</source>
      <translation>用户账号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Voided</source>
      <translation>作废</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>Wrong password ({n} in a row)</source>
      <translation>密码错误（连续第 {n} 次）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>a picture</source>
      <translation>一张图片</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>received {time}</source>
      <translation>{time} 入库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit.py" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}：{old} → {new}</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Backing up before closing…</source>
      <translation>关闭前正在备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>Backing up or restoring a PostgreSQL database needs PostgreSQL's {tool} program, version {version} or newer, which was not found on this PC. Install the PostgreSQL command line tools (in the PostgreSQL installer: "Command Line Tools"), or set SHOPMANAGER_PG_BINDIR to the folder that holds them.</source>
      <translation>备份或恢复 PostgreSQL 数据库需要 PostgreSQL 的 {tool} 程序（{version} 版或更新），本机没有找到。请安装 PostgreSQL 命令行工具（PostgreSQL 安装程序中的“Command Line Tools”），或把 SHOPMANAGER_PG_BINDIR 设为这些工具所在的文件夹。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Backup written and checked:
{path}
{rows} rows, {size}.</source>
      <translation>备份已写入并通过检查：
{path}
共 {rows} 行，{size}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Best on another disk, a USB drive or a network folder (NAS): a copy on the same disk is lost with it.</source>
      <translation>最好放在另一块硬盘、U 盘或网络文件夹（NAS）：和数据库在同一块硬盘上的备份会随硬盘一起丢失。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Cannot create the backup folder {path}: {reason}</source>
      <translation>无法创建备份文件夹 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>Checking the backup…</source>
      <translation>正在检查备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Checking the copy…</source>
      <translation>正在检查备份副本…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Choose a backup</source>
      <translation>选择备份</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Choose the backup folder</source>
      <translation>选择备份文件夹</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Copying product pictures…</source>
      <translation>正在复制商品图片…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Copying the database…</source>
      <translation>正在复制数据库…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Daily backup…</source>
      <translation>每日备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Last attempt: {problem}</source>
      <translation>上次尝试：{problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Last good backup: {when} ({age}) — more than two days ago. Back up now.</source>
      <translation>最近一次完好的备份：{when}（{age}），已超过两天。请立即备份。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Last good backup: {when} ({age}).</source>
      <translation>最近一次完好的备份：{when}（{age}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Made</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>No good backup of this shop yet.</source>
      <translation>本店还没有完好的备份。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>Only the shop owner may restore: enter the owner's user name and password (as they were when the backup was made).</source>
      <translation>只有店主可以恢复：请输入店主的用户名和密码（以备份当时的为准）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Preparing the backup…</source>
      <translation>正在准备备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>Removing old backups…</source>
      <translation>正在删除过期的备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore from a file…</source>
      <translation>从文件恢复…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore selected…</source>
      <translation>恢复所选备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Restore the backup of {when} ({rows} rows)?

Everything entered after {when} is replaced by the backup. The current database is saved aside first, so this can be undone by restoring that copy. Every PC returns to its login.</source>
      <translation>恢复 {when} 的备份（{rows} 行）吗？

{when} 之后录入的所有内容都会被备份替换。当前数据库会先另存一份，需要时可以恢复那一份来撤销。所有电脑都会回到登录界面。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>Restoring the database…</source>
      <translation>正在恢复数据库…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restoring…</source>
      <translation>正在恢复…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Rows</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Save the settings first: the backup goes to the saved folder.</source>
      <translation>请先保存设置：备份会写到已保存的文件夹。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>Saving the current database aside…</source>
      <translation>正在另存当前数据库…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>ShopManager backups (*.sqlite3 *.dump);;All files (*)</source>
      <translation>ShopManager 备份 (*.sqlite3 *.dump);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup failed: {reason}</source>
      <translation>备份失败：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup folder {path} cannot be reached. If it is on a USB drive or a network share, connect it and try again.</source>
      <translation>无法访问备份文件夹 {path}。如果它在 U 盘或网络共享上，请先连接好再试。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup folder {path} is read-only: choose one you may write to.</source>
      <translation>备份文件夹 {path} 是只读的：请选择一个可以写入的文件夹。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The backup holds {rows} rows, far fewer than the last good one ({reference}). It was kept as suspect; the earlier good backups were not touched.</source>
      <translation>这份备份只有 {rows} 行，远少于上一份完好的备份（{reference} 行）。它已作为“可疑”保留；之前完好的备份一份都没有动。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>The backup of {when} was restored. The database as it was before is saved in:
{aside}

ShopManager now returns to the login.</source>
      <translation>已恢复 {when} 的备份。恢复前的数据库另存在：
{aside}

ShopManager 现在回到登录界面。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>The backup {file} cannot be restored: {reason}. Nothing was changed.</source>
      <translation>备份 {file} 无法恢复：{reason}。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>The current database could not be saved aside ({problem}), so nothing was restored.</source>
      <translation>无法另存当前数据库（{problem}），因此没有恢复。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/safety.py" />
      <source>The database was restored</source>
      <translation>数据库已恢复</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>The new backup did not pass its check ({problems}). It was removed; the earlier backups were kept.</source>
      <translation>新的备份没有通过检查（{problems}）。它已被删除；之前的备份都保留着。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>The restore failed and was undone; the database is as it was. ({reason})</source>
      <translation>恢复失败，已全部撤销；数据库保持原样。（{reason}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>This backup has another page size than the database, which SQLite cannot restore while other PCs use the file. Close ShopManager on every PC and use: shopmanager restore FILE</source>
      <translation>这份备份的页大小与数据库不同，其他电脑正在使用该文件时 SQLite 无法恢复。请关闭所有电脑上的 ShopManager，然后使用：shopmanager restore 文件</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>This is a backup of another shop: {shop}. Restoring it replaces ALL of this shop's data with that shop's (use it when moving the shop to this PC).</source>
      <translation>这是另一家店铺的备份：{shop}。恢复它会用那家店铺的数据替换本店的全部数据（仅在把店铺搬到这台电脑时使用）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>before a restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>by hand</source>
      <translation>手动</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>good</source>
      <translation>完好</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it changed after it was written (its checksum differs), so it is damaged</source>
      <translation>它在写入后被改动过（校验值不符），已损坏</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it did not pass its check ({problems})</source>
      <translation>它没有通过检查（{problems}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is a backup of another shop ({shop}), not of this one; restoring it would replace this shop's data with that shop's</source>
      <translation>它是另一家店铺（{shop}）的备份，不是本店的；恢复它会用那家店铺的数据替换本店的数据</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is a {kind} backup and this shop uses {current}</source>
      <translation>这是 {kind} 的备份，而本店使用 {current}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is not a SQLite backup</source>
      <translation>它不是 SQLite 备份</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it is not a ShopManager backup</source>
      <translation>它不是 ShopManager 的备份</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>it is not a ShopManager database</source>
      <translation>它不是 ShopManager 的数据库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>it was made by a newer ShopManager (schema {found})</source>
      <translation>它是由更新版本的 ShopManager 制作的（结构版本 {found}）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>months</source>
      <translation>个月</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>on closing</source>
      <translation>关闭时</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup_pg.py" />
      <source>pg_dump failed: {reason}</source>
      <translation>pg_dump 失败：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>restored the backup of {when}: {file}</source>
      <translation>恢复了 {when} 的备份：{file}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>scheduled</source>
      <translation>定时</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>suspect</source>
      <translation>可疑</translation>
    </message>
    <message>
      <location filename="shopmanager/services/restore.py" />
      <source>there is no such file</source>
      <translation>文件不存在</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/backups.py" />
      <source>weeks</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/safety.py" />
      <source>{by} restored the database from the backup of {when} (at {at}).

ShopManager returns to the login so that every page shows the restored data. What was typed but not saved here is lost.</source>
      <translation>{by} 于 {at} 用 {when} 的备份恢复了数据库。

ShopManager 将回到登录界面，使每个页面都显示恢复后的数据。本机已输入但未保存的内容将丢失。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{n} days ago</source>
      <translation>{n} 天前</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{n} hours ago</source>
      <translation>{n} 小时前</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{n} minutes ago</source>
      <translation>{n} 分钟前</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{path} is a file, not a folder: choose another backup folder.</source>
      <translation>{path} 是一个文件，不是文件夹：请选择其他备份文件夹。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{table}: {found} rows instead of {expected}</source>
      <translation>{table}：{found} 行，应为 {expected} 行</translation>
    </message>
    <message>
      <location filename="shopmanager/services/backup.py" />
      <source>{when} · {rows} rows · {size} · {trigger}</source>
      <translation>{when} · {rows} 行 · {size} · {trigger}</translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>* provisional: not everyone has scored yet.</source>
      <translation>* 暂定：尚有人未评分。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>--errors names the file being imported: choose another name for the error file (it would replace yours).</source>
      <translation>--errors 指定的正是要导入的文件：请给错误文件另取一个名字（否则会覆盖您的文件）。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} created; it must change its password at first login.</source>
      <translation>账号 {user} 已创建，首次登录时须修改密码。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Account {user} disabled.</source>
      <translation>账号 {user} 已停用。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Accounts (password: {password}):</source>
      <translation>账号（密码：{password}）：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Add --yes to confirm the restore. Nothing was changed.</source>
      <translation>请加上 --yes 确认恢复。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Appraisal {month} open: {created} new, {total} employees in all.</source>
      <translation>{month} 绩效考核已开启：新增 {created} 人，共 {total} 名员工。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Appraisal {month}: {state}, due by {due} — {n} employees</source>
      <translation>{month} 绩效考核：{state}，截止 {due} — {n} 名员工</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Backup of {when}: {rows} rows, checked. Restoring it replaces the current database (which is saved aside first).</source>
      <translation>{when} 的备份：{rows} 行，已检查。恢复它会替换当前数据库（当前数据库会先另存）。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Backup written and checked: {path} ({rows} rows, {size}).</source>
      <translation>备份已写入并通过检查：{path}（{rows} 行，{size}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Backups in {folder} (newest first):</source>
      <translation>{folder} 中的备份（最新的在前）：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Check passed, nothing written</source>
      <translation>检查通过，未写入任何数据</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Columns of the mapping missing from the file: {names}</source>
      <translation>文件中缺少对应关系里的这些列：{names}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Customer {id} erased: {orders} orders blanked, {addresses} addresses removed.</source>
      <translation>客户 {id} 已删除：{orders} 个订单的个人信息已清空，{addresses} 个地址已删除。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Database: {db} (opened read-only)</source>
      <translation>数据库：{db}（以只读方式打开）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Demo shop created in {db}.</source>
      <translation>演示店铺已创建于 {db}。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Give an order number and a tracking number, or --file.</source>
      <translation>请给出订单号和物流单号，或使用 --file。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Goods {goods} + freight {freight} − discount {discount} = total {total}; paid {paid}</source>
      <translation>商品 {goods} + 运费 {freight} − 优惠 {discount} = 合计 {total}；已付 {paid}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Name the period: --{option} {example}</source>
      <translation>请指定期间：--{option} {example}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>New password: </source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No account named {user}.</source>
      <translation>没有名为 {user} 的账号。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>No active carrier named '{name}'.</source>
      <translation>没有名为“{name}”的在用物流公司。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>No backups of this shop in {folder} yet.</source>
      <translation>{folder} 中还没有本店的备份。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No new password: set SHOPMANAGER_NEW_PASSWORD or run in a terminal. Nothing was changed.</source>
      <translation>没有新密码：请设置 SHOPMANAGER_NEW_PASSWORD，或在终端中运行。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No password was typed. Nothing was changed.</source>
      <translation>没有输入密码。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>No password: set SHOPMANAGER_PASSWORD or run in a terminal.</source>
      <translation>没有密码：请设置 SHOPMANAGER_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>No saved mapping named '{name}'.</source>
      <translation>没有名为“{name}”的已保存对应关系。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Not confirmed. Nothing was changed.</source>
      <translation>未确认。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Note: the password of {user} is old; change it soon (shopmanager --user {user} passwd).</source>
      <translation>提示：{user} 的密码已经用了很久，请尽快修改（shopmanager --user {user} passwd）。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Nothing left for you to score.</source>
      <translation>您没有待评分的考核。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Old backups removed: {names}</source>
      <translation>已删除过期的备份：{names}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Ordered {ordered}, paid {paid}, taken by {staff}</source>
      <translation>下单 {ordered}，付款 {paid}，接单人 {staff}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for the owner account: </source>
      <translation>店主账号的密码：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password for {user}: </source>
      <translation>{user} 的密码：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Password of {user} changed.</source>
      <translation>{user} 的密码已修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Peers</source>
      <translation>互评</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Personal data of customer {id} written to {path}</source>
      <translation>客户 {id} 的个人信息已写入 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Report written to {path}</source>
      <translation>报表已写入 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Restored the backup of {when}. The damaged file was moved to {aside}.</source>
      <translation>已恢复 {when} 的备份。损坏的文件已移到 {aside}。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Restored the backup of {when}. The database as it was before is in {aside}. The other PCs return to their login screen.</source>
      <translation>已恢复 {when} 的备份。恢复前的数据库保存在 {aside}。其他电脑会回到登录界面。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>Revisits due today: {due}, overdue: {overdue}</source>
      <translation>今天到期回访：{due}，已超期：{overdue}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Role</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Rows with an error column written to {path}</source>
      <translation>带错误说明列的行已写入 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Self</source>
      <translation>自评</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Shop '{shop}' created in {db}. Owner account: {owner}</source>
      <translation>店铺“{shop}”已创建于 {db}。店主账号：{owner}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>ShopManager: the shop's back office.</source>
      <translation>ShopManager：网店后台管理。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Supervisor</source>
      <translation>上级</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Temporary password for {user}: </source>
      <translation>{user} 的临时密码：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>The appraisal of {month} has not been opened yet: shopmanager appraisal open --month {month}</source>
      <translation>{month} 的绩效考核尚未开启：shopmanager appraisal open --month {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>The damaged database will be moved aside (not deleted) and the backup put in its place.</source>
      <translation>损坏的数据库会被移到一旁（不会删除），由备份替代。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>The two passwords differ. Nothing was changed.</source>
      <translation>两次输入的密码不一致。没有做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>This command changes data: name the acting user with --user NAME.</source>
      <translation>此命令会修改数据：请用 --user 用户名 指定操作人。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>To restore over the damaged database, name the owner with --user NAME (the password is checked against the backup).</source>
      <translation>要用备份替换损坏的数据库，请用 --user 用户名 指定店主（密码按备份中的账号核对）。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>To ship today: {today} (overdue: {overdue}); cut-off {cutoff}</source>
      <translation>今日待发：{today}（超时：{overdue}）；截止时间 {cutoff}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>Type YES to replace the current database: </source>
      <translation>输入 YES 以替换当前数据库：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Type it again: </source>
      <translation>再输入一次：</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>Unexpected error ({kind}): the command stopped; what was saved before stays saved. Details were written to {path}.</source>
      <translation>意外错误（{kind}）：命令已停止；之前保存的内容不受影响。详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Unknown item {code} ({title}) on rows {rows}</source>
      <translation>未知商品 {code}（{title}），在第 {rows} 行</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Warning: {message}</source>
      <translation>提醒：{message}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>[{line}] warning: {number} looks like {carrier}; shipped with the carrier given.</source>
      <translation>[{line}] 注意：{number} 看起来是{carrier}的单号；已按指定的物流公司发货。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>a saved mapping's name, or a JSON file {header: field}</source>
      <translation>已保存的对应关系名称，或 JSON 文件 {表头: 字段}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>a text file, one 'order-number tracking-number' a line</source>
      <translation>文本文件，每行一个“订单号 物流单号”</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>act as this user (password: SHOPMANAGER_PASSWORD or prompt)</source>
      <translation>以该用户身份操作（密码：SHOPMANAGER_PASSWORD 或提示输入）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>active</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>add an account (password: SHOPMANAGER_NEW_PASSWORD or prompt)</source>
      <translation>添加账号（密码：SHOPMANAGER_NEW_PASSWORD 或提示输入）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>after-sales cases: list them (all, or the open ones)</source>
      <translation>售后单：列出全部或未办结的</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>also list the orders of this part of the queue</source>
      <translation>同时列出这部分队列中的订单</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>back up the database now (checked, rotated), or --list the backups</source>
      <translation>立即备份数据库（检查并轮换），或用 --list 列出备份</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>cannot tell the carrier of {number}: name it with --carrier.</source>
      <translation>无法判断 {number} 的物流公司：请用 --carrier 指定。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>carrier name or code, e.g. 顺丰速运 or SF; auto (the default): recognised from each number's shape</source>
      <translation>物流公司名称或代码，如 顺丰速运 或 SF；auto（默认）：按每个单号的格式识别</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>case, order or platform number, or phone</source>
      <translation>售后单号、订单号、平台单号或电话</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>change your own password (--user NAME; the new one: SHOPMANAGER_NEW_PASSWORD or prompt)</source>
      <translation>修改自己的密码（--user 用户名；新密码：SHOPMANAGER_NEW_PASSWORD 或提示输入）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>check everything, write nothing</source>
      <translation>全部检查，不写入</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>check the database (read-only): integrity, foreign keys, schema, audit log protection, stock</source>
      <translation>检查数据库（只读）：完整性、外键、结构版本、审计日志保护、库存</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create a demo shop with realistic data</source>
      <translation>创建一个带逼真数据的演示店铺</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>create the month's appraisals from the role templates</source>
      <translation>按岗位模板创建本月的考核</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>create the shop and the owner account (first run)</source>
      <translation>创建店铺和店主账号（首次运行）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>customers: revisits due, export or erase one customer's personal data</source>
      <translation>客户：到期回访、导出或删除某个客户的个人信息</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>database: sqlite:///path/shop.sqlite3 or postgresql://user@host:port/name</source>
      <translation>数据库：sqlite:///路径/shop.sqlite3 或 postgresql://用户@主机:端口/库名</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disable an account</source>
      <translation>停用账号</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>do not ask for confirmation</source>
      <translation>不再询问确认</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>do nothing if the database holds a shop</source>
      <translation>数据库中已有店铺时不做任何事</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>erase one customer's personal data (the orders stay)</source>
      <translation>删除某个客户的个人信息（订单保留）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>export a list to an xlsx file</source>
      <translation>把列表导出为 xlsx 文件</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>first day: YYYY-MM-DD</source>
      <translation>起始日期：YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>import products, platform orders, platform refunds or attendance punches from xlsx/xls/ods/csv</source>
      <translation>从 xlsx/xls/ods/csv 导入商品、平台订单、平台退款或打卡记录</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>language of messages</source>
      <translation>提示信息的语言</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>last day: YYYY-MM-DD</source>
      <translation>截止日期：YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>list accounts</source>
      <translation>列出账号</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>list the backups instead of making one</source>
      <translation>列出备份，而不是新做一份</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>monthly appraisal: open a month, who still has to score, sign off</source>
      <translation>月度绩效考核：开启月份、查看谁还未评分、签字确认</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>number of products</source>
      <translation>商品数</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>one order with its lines, shipments and history</source>
      <translation>一个订单及其明细、发货记录和历史</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>only the open cases</source>
      <translation>只列未办结的</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>only the overdue cases</source>
      <translation>只列已超时的</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>orders: create placeholder products for unknown items</source>
      <translation>订单：为未知商品创建待完善的商品</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>orders: show one, ship (one or a file of scans), the dispatch queue</source>
      <translation>订单：查看、发货（单个或扫码文件）、当天发货队列</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>orders: the platform the orders come from (default: the preset's)</source>
      <translation>订单：订单来自哪个平台（默认按文件格式）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's real name</source>
      <translation>店主真实姓名</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>owner's user name</source>
      <translation>店主用户名</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>platform layout of an order or refund file (default: recognised from its headers)</source>
      <translation>订单或退款文件的平台格式（默认按表头识别）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>restore a backup of another shop in place of this one (moving to a new PC)</source>
      <translation>用另一家店铺的备份替换本店（搬到新电脑时）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>restore the database from a backup file (the owner; the current one is saved aside first)</source>
      <translation>用备份文件恢复数据库（限店主；当前数据库会先另存）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>revisit plans due today or overdue</source>
      <translation>今天到期或已超期的回访计划</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>ship orders: NUMBER TRACKING, or a file of such lines</source>
      <translation>发货：订单号 物流单号，或包含这些行的文件</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>shop name</source>
      <translation>店铺名称</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>sign off every appraisal of the month and lock it (owner)</source>
      <translation>签字确认本月全部考核并锁定（店主）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>signed off and locked</source>
      <translation>已签字确认并锁定</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the PDF to write (.xlsx: the figures as a workbook, where the report has one)</source>
      <translation>要写入的 PDF 文件（.xlsx：报表有 Excel 版时写成工作簿）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>the backup file (.sqlite3 or .dump)</source>
      <translation>备份文件（.sqlite3 或 .dump）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>the cases, newest first</source>
      <translation>售后单，最新的在前</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the month (lists of one month): YYYY-MM, 11月, 2026年11月 or 上月</source>
      <translation>月份（只导出这个月的）：YYYY-MM、11月、2026年11月 或 上月</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>the month: YYYY-MM, 11月, 2026年11月 or 上月</source>
      <translation>月份：YYYY-MM、11月、2026年11月 或 上月</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>the parcel's tracking number</source>
      <translation>包裹的物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>the same-day dispatch queue: counts, and the list</source>
      <translation>当天发货队列：数量和清单</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>the shop's order number or the platform's</source>
      <translation>本店订单号或平台订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the week: YYYY-Www (ISO week, e.g. 2026-W48)</source>
      <translation>周：YYYY-Www（ISO 周，例如 2026-W48）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>the year: YYYY</source>
      <translation>年份：YYYY</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>user accounts</source>
      <translation>用户账号</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>who still has to score, every employee's total and grade</source>
      <translation>谁还未评分、每名员工的总分和等级</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>why, e.g. 'the customer asked by phone'</source>
      <translation>原因，如“客户电话要求”</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>write a PDF report</source>
      <translation>生成 PDF 报表</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>write everything held about one customer to a JSON file</source>
      <translation>把某个客户的全部资料写入 JSON 文件</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>write the rows with an error column to this xlsx</source>
      <translation>把带错误说明列的行写入这个 xlsx</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>write this one backup to DIR (default: the folder set in Settings)</source>
      <translation>把这一份备份写到 DIR（默认：设置中的备份文件夹）</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>{db} already holds a shop. Use another --db for the demo.</source>
      <translation>{db} 中已有店铺。演示请使用另一个 --db。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>{file} is a backup of another shop ({shop}), not of this one. To replace this shop's data with that shop's, add --other-shop. Nothing was changed.</source>
      <translation>{file} 是另一家店铺（{shop}）的备份，不是本店的。如要用那家店铺的数据替换本店数据，请加上 --other-shop。未做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{file} is not a mapping file (JSON {{"header": "field"}}): {reason}</source>
      <translation>{file} 不是列对应文件（JSON {{"表头": "字段"}}）：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>{file} line {n}: expected 'order-number tracking-number'.</source>
      <translation>{file} 第 {n} 行：应为“订单号 物流单号”。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{file}: a report is written as a PDF (.pdf), or as an Excel workbook (.xlsx) where it has one.</source>
      <translation>{file}：报表保存为 PDF（.pdf），有 Excel 版本的也可保存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_appraisal.py" />
      <source>{n} appraisals of {month} signed off; the month is locked.</source>
      <translation>{month} 的 {n} 份考核已签字确认；本月已锁定。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_aftersales.py" />
      <source>{n} cases listed; open: {open}, overdue (no first response in time): {overdue}</source>
      <translation>列出 {n} 个售后单；未办结 {open} 个，超时未响应 {overdue} 个</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_backup.py" />
      <source>{n} new product pictures copied.</source>
      <translation>已复制 {n} 张新的商品图片。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{n} problems: nothing was imported.</source>
      <translation>{n} 个问题：没有导入任何数据。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{n} rows exported to {path}</source>
      <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_orders.py" />
      <source>{order_no} shipped: {carrier} {tracking_no}, {pieces} pieces</source>
      <translation>{order_no} 已发货：{carrier} {tracking_no}，共 {pieces} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/cli.py" />
      <source>{user} has a temporary password. Choose your own first: shopmanager --user {user} passwd — nothing else was done.</source>
      <translation>{user} 使用的是临时密码。请先设置自己的密码：shopmanager --user {user} passwd ——其他操作都没有执行。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>{verb}: {created} new, {updated} updated, {unchanged} unchanged.</source>
      <translation>{verb}：新增 {created}，更新 {updated}，未变 {unchanged}。</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordForm</name>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Current password</source>
      <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;New password</source>
      <translation>新密码(&amp;N)</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>&amp;Repeat new password</source>
      <translation>再次输入新密码(&amp;R)</translation>
    </message>
    <message>
      <location filename="change_password.ui" />
      <source>At least 8 characters, mixing letters with digits or symbols, not containing your user name.</source>
      <translation>至少 8 位，字母与数字或符号混合，且不能包含用户名。</translation>
    </message>
  </context>
  <context>
    <name>Check</name>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Audit log is append-only</source>
      <translation>审计日志只能追加</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Connection</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Defective stock equals the sum of its movements</source>
      <translation>次品库存等于其出入库记录之和</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Foreign keys</source>
      <translation>外键</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Integrity</source>
      <translation>完整性</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Schema version</source>
      <translation>数据库结构版本</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>Stock equals the sum of movements</source>
      <translation>库存等于出入库合计</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>no trigger refuses {events}: the log could be altered</source>
      <translation>没有触发器拒绝 {events}：日志可能被篡改</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{found} (this program: {known})</source>
      <translation>{found}（本程序：{known}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{found}, older than this program's {known}: it will be upgraded when the program opens it (a copy is kept beside it first). Nothing was changed now.</source>
      <translation>{found}，比本程序的 {known} 旧：程序打开它时会升级（升级前会在旁边保留一份副本）。这次没有做任何更改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/check.py" />
      <source>{n} broken references</source>
      <translation>{n} 处引用损坏</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <location filename="shopmanager/core/formatting.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="shopmanager/core/formatting.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>Customers</name>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source> — personal data erased {date}</source>
      <translation> — 个人信息已于 {date} 删除</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>(erased)</source>
      <translation>（已删除）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>(unknown)</source>
      <translation>（未知）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Address {n}: {problem}</source>
      <translation>地址 {n}：{problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Addresses</source>
      <translation>收货地址</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>All open</source>
      <translation>全部未完成</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>All tiers</source>
      <translation>全部分档</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Assigned to</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Birthday: enter a date like 1990-05-20.</source>
      <translation>生日：请输入日期，如 1990-05-20。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Birthday: not a possible date of birth.</source>
      <translation>生日：不是有效的出生日期。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Buyer id</source>
      <translation>买家账号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Created</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Due date: enter a date.</source>
      <translation>到期日：请输入日期。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Due today</source>
      <translation>今天到期</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Due today or earlier</source>
      <translation>今天及以前到期</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Erase personal data</source>
      <translation>删除个人信息</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Erase personal data…</source>
      <translation>删除个人信息…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Export personal data</source>
      <translation>导出个人信息</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Export personal data…</source>
      <translation>导出个人信息…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Gold</source>
      <translation>金卡</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>JSON files (*.json)</source>
      <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Last order</source>
      <translation>最近下单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Name, buyer id, phone or its last 4 digits  (Ctrl+F)</source>
      <translation>姓名、买家账号、手机号或其后 4 位  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Name: enter a name, a buyer id or a phone number.</source>
      <translation>姓名：请填写姓名、买家账号或手机号。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>New customer</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>No customers yet. A customer is added with their first order (Find customer in the order), or with New customer.</source>
      <translation>还没有客户。录入订单时用“查找客户”即可建档，也可以点“新建客户”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>No revisits here. Plan one in a customer's record, on its Revisit plan tab.</source>
      <translation>这里没有回访。在客户档案的“回访计划”页里安排回访。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Personal data written to {path}</source>
      <translation>个人信息已写入 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Plan a revisit</source>
      <translation>安排回访</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Plan a revisit…</source>
      <translation>安排回访…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Planned</source>
      <translation>已安排</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Purchases</source>
      <translation>购买记录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Purpose</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Receiver</source>
      <translation>收货人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Record the result…</source>
      <translation>记录回访结果…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Required: a name, a buyer id or a phone number</source>
      <translation>必填：姓名、买家账号或电话至少填一项</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Result of the call due {date}:</source>
      <translation>{date} 到期回访的结果：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Revisit plan</source>
      <translation>回访计划</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Revisit result</source>
      <translation>回访结果</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>Service history</source>
      <translation>售后记录</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Silver</source>
      <translation>银卡</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Someone else changed this customer after you opened it. Close it, open it again and redo your change.</source>
      <translation>您打开这个客户后，别人修改了它。请关闭后重新打开，再做一次修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>That revisit plan no longer exists.</source>
      <translation>该回访计划已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>That user account does not exist or is disabled.</source>
      <translation>该用户账号不存在或已停用。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>The customer still has orders on the way ({orders}): finish or cancel them before erasing the personal data.</source>
      <translation>该客户还有进行中的订单（{orders}）：请完成或取消后再删除个人信息。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>There is no open revisit.</source>
      <translation>没有未完成的回访。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>This customer's personal data was already erased on {date}.</source>
      <translation>该客户的个人信息已于 {date} 删除。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>This customer's personal data was erased on {date}; the record cannot be changed. Create a new customer if the buyer comes back.</source>
      <translation>该客户的个人信息已于 {date} 删除，记录不能再修改。买家再次光顾时请新建客户。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>This removes the customer's name, phone, WeChat, addresses, birthday and notes, also on their orders; amounts stay for the books. It cannot be undone. Reason (the customer's request):</source>
      <translation>这将删除该客户的姓名、电话、微信、地址、生日和备注，其订单上的个人信息也一并清除；金额保留用于记账。此操作不能撤销。原因（客户的请求）：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>This revisit was already marked done on {date}.</source>
      <translation>该回访已于 {date} 标记完成。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Tier</source>
      <translation>分档</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>Total spent</source>
      <translation>累计消费</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>VIP</source>
      <translation>VIP</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>What is the call about? (due in 7 days)</source>
      <translation>这次回访的事由？（7 天后到期）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>personal data erased ({reason}); {orders} orders blanked, {addresses} addresses removed</source>
      <translation>个人信息已删除（{reason}）；{orders} 个订单已清空个人信息，{addresses} 个地址已删除</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>personal data exported on request</source>
      <translation>应客户要求导出个人信息</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>{field}: '{value}' is not a phone number.</source>
      <translation>{field}：“{value}”不是电话号码。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>{field}: at most {n} characters.</source>
      <translation>{field}：最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/customers.py" />
      <source>{field}: required.</source>
      <translation>{field}：必填。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/customers.py" />
      <source>{n} orders, ¥{amount} in total; last order {last}</source>
      <translation>{n} 个订单，累计 ¥{amount}；最近下单 {last}</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>1. Add your products — ask the owner or operations to add them.</source>
      <translation>1. 添加商品 —— 请店主或运营录入商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>1. Add your products — one by one, or import the list you keep in Excel.</source>
      <translation>1. 添加商品 —— 逐个新建，或把您在 Excel 里的商品表直接导入。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>2. Create the first order — typed in from a chat, or imported from the platform's order export.</source>
      <translation>2. 创建第一张订单 —— 按聊天记录录入，或导入平台导出的订单表。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>2. The first order — customer service enters or imports the orders.</source>
      <translation>2. 第一张订单 —— 由客服录入或导入订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>3. Give each member of staff an account — each sees only what their role needs.</source>
      <translation>3. 为每位员工开账号 —— 每人只看到自己岗位需要的内容。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>&lt;b&gt;{n} handover item(s) for your shift&lt;/b&gt;: {first} &lt;a href='handover'&gt;Open the handover book&lt;/a&gt;</source>
      <translation>&lt;b&gt;本班有 {n} 条待接手的交接事项&lt;/b&gt;：{first} &lt;a href='handover'&gt;打开交接本&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>After-sales cases open</source>
      <translation>未办结售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>After-sales overdue</source>
      <translation>超时售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Expiring</source>
      <translation>临期</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Import platform orders…</source>
      <translation>导入平台订单…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Import products from Excel…</source>
      <translation>从 Excel 导入商品…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>New order</source>
      <translation>新建订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>New product</source>
      <translation>新建商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>No paid orders in the last 30 days yet: each day's sales appear here as a bar.</source>
      <translation>最近 30 天还没有已付款订单：每天的销售额会在这里显示为一根柱子。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Open</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Orders today</source>
      <translation>今日订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Overdue shipments</source>
      <translation>超时未发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Sales of the last 30 days (paid orders, ¥)</source>
      <translation>最近 30 天销售额（已付款订单，元）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Sales today (paid)</source>
      <translation>今日销售额（已付款）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Slow movers</source>
      <translation>滞销</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Staff &amp;&amp; accounts</source>
      <translation>员工与账号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>To ship today</source>
      <translation>今日待发</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/dashboard.py" />
      <source>Waiting for payment</source>
      <translation>待付款</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/first_steps.py" />
      <source>Welcome! Your shop is ready — the next steps:</source>
      <translation>欢迎！店铺已建好，接下来：</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot create the folder {path}: {reason}</source>
      <translation>无法创建文件夹 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path} for writing ({reason}).</source>
      <translation>无法以写入方式打开 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot open {path}: {reason}</source>
      <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot reach the PostgreSQL server at {host}:{port} ({reason}). Check that the server PC is on and the address is right.</source>
      <translation>无法连接 {host}:{port} 上的 PostgreSQL 服务器（{reason}）。请确认服务器电脑已开机、地址正确。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot read or write {path}: {reason}</source>
      <translation>无法读写 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Cannot read {path}: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Choose another backup…</source>
      <translation>选择其他备份…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Create a new shop</source>
      <translation>新建店铺</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Create a new shop here</source>
      <translation>在这里新建店铺</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Create a new, empty shop at
{path}?

Do this only for a new shop: if the shop's data is on a drive that is not connected, connect it instead.</source>
      <translation>在
{path}
新建一个空的店铺吗？

只有开新店时才这样做：如果店铺数据在一个没有连接的磁盘上，请先连接它。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Find the file…</source>
      <translation>查找文件…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Find the shop's database</source>
      <translation>查找店铺的数据库</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>No backup of this shop was found beside it. Choose a backup file (from the backup disk, USB drive or NAS).</source>
      <translation>在它旁边没有找到本店的备份。请选择一个备份文件（在备份硬盘、U 盘或 NAS 上）。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>No database is open.</source>
      <translation>没有打开的数据库。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Owner's user name</source>
      <translation>店主用户名</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>PostgreSQL refused the user name or password for {url}.</source>
      <translation>PostgreSQL 拒绝了 {url} 的用户名或密码。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore the backup
{path}</source>
      <translation>恢复备份
{path}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore the backup of {when}</source>
      <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore the last good backup, made {when} ({age}): {rows} rows, in
{path}</source>
      <translation>恢复最近一次完好的备份，备份于 {when}（{age}）：{rows} 行，位于
{path}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Restore this backup</source>
      <translation>恢复这份备份</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>ShopManager cannot use the database
{path}
because it is damaged ({reason}). It was not changed.</source>
      <translation>ShopManager 无法使用数据库
{path}
因为它已损坏（{reason}）。它没有被改动。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>ShopManager database (*.sqlite3 *.db);;All files (*)</source>
      <translation>ShopManager 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL address needs a database name: {url}</source>
      <translation>PostgreSQL 地址中需要数据库名：{url}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The PostgreSQL server has no database '{name}'. Create it first (createdb {name}) or check the address.</source>
      <translation>PostgreSQL 服务器上没有数据库“{name}”。请先创建（createdb {name}）或检查地址。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>The damaged file is moved aside, not deleted. What was entered after the backup must be entered again. Only the owner may do this.</source>
      <translation>损坏的文件会被移到一旁，不会删除。备份之后录入的内容需要重新录入。只有店主可以这样做。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>The database is damaged</source>
      <translation>数据库已损坏</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>The database is missing</source>
      <translation>找不到数据库</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The database stayed busy (another PC was saving) for too long. Nothing was changed; try again in a moment.</source>
      <translation>数据库忙（另一台电脑正在保存）的时间太长。没有做任何更改；请稍后再试。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The database {path} or its folder is read-only. Ask for write access to the folder, or copy the file somewhere writable.</source>
      <translation>数据库 {path} 或其所在文件夹是只读的。请获取该文件夹的写入权限，或把文件复制到可写的位置。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The disk holding the database reported a read or write error. If it is on a network drive or a USB disk, check that it is connected.</source>
      <translation>存放数据库的磁盘报告了读写错误。如果它在网络驱动器或 U 盘上，请检查是否已连接。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The disk holding {path} reported a read or write error. Nothing was saved. If the database is on a network drive or a USB disk, check that it is still connected.</source>
      <translation>存放 {path} 的磁盘报告了读写错误。没有保存任何内容。如果数据库在网络驱动器或 U 盘上，请检查它是否仍然连接着。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The disk of the database server ({host}) is full. Nothing was saved. Free some space on the server and try again.</source>
      <translation>数据库服务器（{host}）的磁盘已满。没有保存任何内容。请在服务器上腾出空间后再试。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>The folder {path} is read-only: the database cannot be created there.</source>
      <translation>文件夹 {path} 是只读的：无法在那里创建数据库。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>There is no database at {path}. If it lives on a network drive or a USB disk, check that it is connected.</source>
      <translation>{path} 没有数据库。如果它在网络驱动器或 U 盘上，请检查是否已连接。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>There is no shop database at
{path}

If it lives on a network drive or a USB disk, connect it and try again. ShopManager makes a new, empty shop only if you ask for it.</source>
      <translation>找不到店铺数据库：
{path}

如果它在网络驱动器或 U 盘上，请连接好后重试。只有在您要求时，ShopManager 才会新建一个空店铺。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>This database was not made by ShopManager (it has other tables). It was left untouched.</source>
      <translation>该数据库不是 ShopManager 创建的（里面有其他表）。未做任何改动。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>This database was written by a newer ShopManager (schema {found}; this program knows {known}). Install the newer version; the database was left untouched.</source>
      <translation>该数据库由更新版本的 ShopManager 写入（结构版本 {found}；本程序只认识到 {known}）。请安装新版本；数据库未做任何改动。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/database_dialogs.py" />
      <source>Try again</source>
      <translation>重试</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>Unknown kind of database address: {url}</source>
      <translation>无法识别的数据库地址：{url}</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is an empty file (0 bytes), not a shop database. It was left untouched; restore a backup or choose another file.</source>
      <translation>{path} 是一个空文件（0 字节），不是店铺数据库。它没有被改动；请恢复备份或选择其他文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is damaged ({reason}). It was left untouched; restore a backup.</source>
      <translation>{path} 已损坏（{reason}）。未做任何改动；请恢复备份。</translation>
    </message>
    <message>
      <location filename="shopmanager/db/database.py" />
      <source>{path} is not a ShopManager database, or it is damaged. It was left untouched; restore a backup or choose another file.</source>
      <translation>{path} 不是 ShopManager 数据库，或者已损坏。未做任何改动；请恢复备份或选择其他文件。</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <location filename="shopmanager/services/demo_aftersales.py" />
      <source>After-sales cases</source>
      <translation>售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_appraisal.py" />
      <source>Appraisals</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_orders.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_products.py" />
      <source>Opening stock</source>
      <translation>期初库存</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_orders.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_products.py" />
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Roster, attendance and the growth fund</source>
      <translation>排班、考勤和成长基金</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>Staff and accounts</source>
      <translation>员工和账号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>This database already holds a shop; the demo needs an empty one.</source>
      <translation>该数据库中已有店铺；演示数据需要空数据库。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_roster.py" />
      <source>demo data: roster, attendance, meetings, fund</source>
      <translation>演示数据：排班、考勤、例会、成长基金</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo_orders.py" />
      <source>demo data: {customers} customers, {orders} orders</source>
      <translation>演示数据：{customers} 个客户，{orders} 个订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/demo.py" />
      <source>demo shop</source>
      <translation>演示店铺</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="shopmanager/ui/dialogs.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>Disk</name>
    <message>
      <location filename="shopmanager/core/disk.py" />
      <source>Not enough room on the disk {disk} for {path}: {free} free, about {needed} needed. Nothing was changed. Free some space on that disk (or choose another one) and try again.</source>
      <translation>磁盘 {disk} 空间不足，无法写入 {path}：剩余 {free}，大约需要 {needed}。没有做任何更改。请在该磁盘上腾出空间（或换一个磁盘）后再试。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/disk.py" />
      <source>The disk {disk} is full ({free} free): {path} could not be written. Nothing was saved. Free some space on that disk (empty the recycle bin, move old files away) and try again.</source>
      <translation>磁盘 {disk} 已满（剩余 {free}）：无法写入 {path}。没有保存任何内容。请在该磁盘上腾出空间（清空回收站、移走旧文件）后再试。</translation>
    </message>
  </context>
  <context>
    <name>Dispatch</name>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Address confirmed</source>
      <translation>地址已核对</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>All waiting</source>
      <translation>全部待发货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Items</source>
      <translation>商品明细</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No overdue parcels.</source>
      <translation>没有超时未发的包裹。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Nothing is waiting to be shipped.</source>
      <translation>没有待发货的订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Nothing is waiting to be shipped. Paid orders appear here until their parcel leaves.</source>
      <translation>目前没有待发货的订单。已付款订单会显示在这里，直到包裹发出。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Nothing paid after today's cut-off.</source>
      <translation>今天截单时间之后没有新付款的订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Paid after the cut-off: tomorrow</source>
      <translation>截止时间后付款：明天发</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Paid before {cutoff} ships the same day.</source>
      <translation>{cutoff} 前付款的当天发货。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Ship by</source>
      <translation>应发货日</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>To ship</source>
      <translation>待发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>To ship today</source>
      <translation>今日待发</translation>
    </message>
  </context>
  <context>
    <name>Excel</name>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{key}' appears again (first on row {first})</source>
      <translation>“{key}”重复出现（首次在第 {first} 行）</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is a long number a spreadsheet program cut short (Excel keeps only 15 digits): export the file from the platform again and import it without saving it in Excel, or format the column as text before you type or paste it</source>
      <translation>'{value}' 是被表格软件截短的长数字（Excel 只保留 15 位）：请从平台重新导出文件，不要用 Excel 另存就直接导入；或在输入、粘贴前把该列设为文本格式</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a date</source>
      <translation>“{value}”不是日期</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a date (write it like 2024-01-05)</source>
      <translation>“{value}”不是日期（请写成 2024-01-05 这样）</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a number</source>
      <translation>“{value}”不是数字</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a number ({reason})</source>
      <translation>“{value}”不是数字（{reason}）</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a whole number</source>
      <translation>“{value}”不是整数</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not a whole number ({reason})</source>
      <translation>“{value}”不是整数（{reason}）</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not an amount</source>
      <translation>“{value}”不是金额</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not an amount ({reason})</source>
      <translation>“{value}”不是金额（{reason}）</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not one of: {choices}</source>
      <translation>“{value}”不在可选值中：{choices}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>'{value}' is not yes/no (是/否)</source>
      <translation>“{value}”不是 是/否</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Also recognised as</source>
      <translation>也可识别为</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again.</source>
      <translation>无法写入 {path}：{reason}。如果文件正在 Excel 或 WPS 中打开，请关闭后重试。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Column {column}, row {row}: the number {value} is beyond what Excel can hold; nothing was written. Correct the value and export again.</source>
      <translation>第 {row} 行“{column}”列：数值 {value} 超出 Excel 能保存的范围，文件未写入。请改正该值后重新导出。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Columns marked * must be filled. Row 2 is an example: overwrite or delete it before importing. Columns may be in any order; extra columns are ignored.</source>
      <translation>带 * 的列必须填写。第 2 行是示例：导入前请覆盖或删除。列的顺序不限，多余的列会被忽略。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>No column is mapped to the required field '{field}'.</source>
      <translation>必填字段“{field}”没有对应的列。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Notes</source>
      <translation>填写说明</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>Row {row}, {column}: {message}</source>
      <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>Row {row}: {message}</source>
      <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Texts longer than the {n} characters an Excel cell holds were cut to their first {n}: {cells}.</source>
      <translation>以下单元格的文字超过 Excel 单元格最多能容纳的 {n} 个字符，已截断为前 {n} 个字符：{cells}。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>The file {file} does not exist.</source>
      <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>The folder {path} does not exist.</source>
      <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/mapping.py" />
      <source>The saved column mapping is damaged; choose the columns again.</source>
      <translation>已保存的列对应关系已损坏，请重新选择列。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>The sheet would be larger than the 4 GB an xlsx part can hold: filter the list and export it in parts.</source>
      <translation>工作表将超过 xlsx 文件单个部件所能容纳的 4 GB：请筛选列表后分批导出。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Too many rows for one Excel sheet (at most {n}): filter the list and export it in parts.</source>
      <translation>行数超过一个 Excel 工作表的上限（最多 {n} 行）：请筛选后分批导出。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>What to write</source>
      <translation>填写说明</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>Writing row {n}…</source>
      <translation>正在写入第 {n} 行…</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>amount in yuan, like 12.50 or ¥1,234.50</source>
      <translation>以元为单位的金额，如 12.50 或 ¥1,234.50</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>column {column}, row {rows}</source>
      <translation>“{column}”列第 {rows} 行</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>column {n}</source>
      <translation>第 {n} 列</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>date and time, like 2024-01-05 14:30</source>
      <translation>日期和时间，如 2024-01-05 14:30</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>date, like 2024-01-05, 2024/1/5, 2024年1月5日 or 20240105</source>
      <translation>日期，如 2024-01-05、2024/1/5、2024年1月5日 或 20240105</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>longer than {n} characters</source>
      <translation>超过 {n} 个字符</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>number, like 2.5</source>
      <translation>数字，如 2.5</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>one of the listed values</source>
      <translation>列出的值之一</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>one of: {choices}</source>
      <translation>以下之一：{choices}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>required, but empty</source>
      <translation>必填，但为空</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>text, at most {n} characters</source>
      <translation>文本，最多 {n} 个字符</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>whole number, like 12</source>
      <translation>整数，如 12</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>{date} is before {earliest}: check the date (an empty date cell is often exported as 1900-01-01)</source>
      <translation>{date} 早于 {earliest}：请核对日期（空的日期单元格常被导出为 1900-01-01）</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} cannot be opened: {reason}</source>
      <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} cannot be read (damaged, or not a spreadsheet): {reason}</source>
      <translation>无法读取 {file}（已损坏或不是表格文件）：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} cannot be read as CSV: {reason}</source>
      <translation>无法按 CSV 读取 {file}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} contains XML declarations that spreadsheets never need (possible XML bomb): refused.</source>
      <translation>{file} 含有表格文件从不需要的 XML 声明（可能是 XML 炸弹）：已拒绝。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} has no header row (a row with at least two column names).</source>
      <translation>{file} 没有表头行（至少有两个列名的行）。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} has no sheet '{sheet}'. Its sheets are: {names}.</source>
      <translation>{file} 中没有工作表“{sheet}”。其工作表有：{names}。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} has no sheets.</source>
      <translation>{file} 中没有工作表。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is a folder, not a file: choose the file in it.</source>
      <translation>{file} 是文件夹，不是文件：请选择其中的文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is a web page saved with a spreadsheet ending: open it in Excel or WPS and save it as .xlsx, then import that file.</source>
      <translation>{file} 是以表格扩展名保存的网页：请在 Excel 或 WPS 中打开并另存为 .xlsx，再导入该文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} is compressed suspiciously well: refused as a possible zip bomb.</source>
      <translation>{file} 的压缩率异常高：可能是压缩炸弹，已拒绝。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} is damaged ({part} cannot be unpacked).</source>
      <translation>{file} 已损坏（{part} 无法解压）。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is empty.</source>
      <translation>{file} 是空的。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is not a valid Excel/ODS file (damaged, or another kind of file with the wrong ending).</source>
      <translation>{file} 不是有效的 Excel/ODS 文件（已损坏，或扩展名不对的其他文件）。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is not in an encoding this program can read with certainty (UTF-8, GBK/GB18030 or Big5); read as GBK it would be garbage. Open it in Excel or WPS and save it as "CSV UTF-8", then import that file.</source>
      <translation>{file} 的编码无法可靠识别（不是 UTF-8、GBK/GB18030 或 Big5），按 GBK 读取会变成乱码。请用 Excel 或 WPS 打开，另存为“CSV UTF-8”，再导入该文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file} is protected by a password: open it in Excel or WPS, remove the password and save it again.</source>
      <translation>{file} 有密码保护：请在 Excel 或 WPS 中打开，去掉密码后重新保存。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/safety.py" />
      <source>{file} would unpack to {size} MB: refused (a spreadsheet for the shop is never that large; it may be a zip bomb).</source>
      <translation>{file} 解压后将达 {size} MB：已拒绝（店铺的表格不会这么大，可能是压缩炸弹）。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file}: files ending in '{suffix}' cannot be imported. Use xlsx, xls, ods or csv.</source>
      <translation>{file}：不能导入扩展名为“{suffix}”的文件。请使用 xlsx、xls、ods 或 csv。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/reader.py" />
      <source>{file}: line {line} contains a NUL character (a zero byte): the file is damaged, or it is not a text file. Open it in Excel or WPS and save it again as CSV, then import that file.</source>
      <translation>{file}：第 {line} 行含有空字符（零字节），文件已损坏或不是文本文件。请用 Excel 或 WPS 打开后重新另存为 CSV，再导入该文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>{file}: this is written as an Excel workbook; give it a name ending in .xlsx.</source>
      <translation>{file}：这里保存的是 Excel 工作簿，请用 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/convert.py" />
      <source>{key_label} '{key}' is also on row {first} with a different {column}: '{a}' vs '{b}'</source>
      <translation>{key_label}“{key}”也出现在第 {first} 行，但{column}不同：“{a}”与“{b}”</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>{rows} and {n} more</source>
      <translation>{rows} 行及另外 {n}</translation>
    </message>
    <message>
      <location filename="shopmanager/excel/writer.py" />
      <source>是/否, Y/N, yes/no, 1/0, √/×</source>
      <translation>是/否、Y/N、yes/no、1/0、√/×</translation>
    </message>
  </context>
  <context>
    <name>FirstRunForm</name>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Password</source>
      <translation>密码(&amp;P)</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Repeat password</source>
      <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;Shop name</source>
      <translation>店铺名称(&amp;S)</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>&amp;User name</source>
      <translation>用户名(&amp;U)</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner account</source>
      <translation>店主账号</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Owner's &amp;name</source>
      <translation>店主姓名(&amp;N)</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Password: at least 8 characters, mixing letters with digits or symbols.</source>
      <translation>密码：至少 8 位，字母与数字或符号混合。</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Shop</source>
      <translation>店铺</translation>
    </message>
    <message>
      <location filename="first_run.ui" />
      <source>Welcome to ShopManager. Set up your shop: its name, the language of the program, and the owner's account. The owner can add staff accounts afterwards.</source>
      <translation>欢迎使用 ShopManager。请设置您的店铺：店铺名称、程序语言和店主账号。店主之后可以为员工添加账号。</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <location filename="shopmanager/ui/validation.py" />
      <source>Fields marked * are required.</source>
      <translation>带 * 的为必填项。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/validation.py" />
      <source>Required</source>
      <translation>必填</translation>
    </message>
  </context>
  <context>
    <name>Fund</name>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Amount: at most ¥10,000,000.</source>
      <translation>金额：最多 ¥10,000,000。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Amount: must be more than 0.</source>
      <translation>金额：必须大于 0。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Amount: not an amount.</source>
      <translation>金额：不是有效金额。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Appraisal result</source>
      <translation>考核奖惩</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Checked by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Choose fine or reward.</source>
      <translation>请选择罚款或奖励。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Choose income or spending.</source>
      <translation>请选择收入或支出。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Choose what kind of entry it is.</source>
      <translation>请选择类别。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Closing balance</source>
      <translation>期末余额</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Complaint fine</source>
      <translation>投诉罚款</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint fine…</source>
      <translation>投诉罚款…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint no. {n} of the month: the month's wage is forfeited (¥{amount} more).</source>
      <translation>本月第 {n} 次投诉：扣除当月全部工资（再扣 ¥{amount}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint no. {n} of the month: the month's wage is forfeited — but no wage is recorded for this person.</source>
      <translation>本月第 {n} 次投诉：应扣除当月全部工资——但此人没有登记工资。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint no. {n} of the month: ¥{amount}</source>
      <translation>本月第 {n} 次投诉：罚款 ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Complaint received on</source>
      <translation>投诉日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Discipline fine</source>
      <translation>违纪罚款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Every fine goes to the department growth fund, kept in the open; it pays for team activities.</source>
      <translation>所有罚款存入部门成长基金，透明操作，作为部门活动经费。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Fine</source>
      <translation>罚款</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Fine / reward…</source>
      <translation>罚款 / 奖励…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Fine or reward</source>
      <translation>罚款或奖励</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Fines</source>
      <translation>罚款收入</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Fines and rewards</source>
      <translation>奖惩记录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Fines from upheld complaints</source>
      <translation>按成立的投诉罚款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Give the reason for voiding it.</source>
      <translation>请填写作废原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Give the reason.</source>
      <translation>请填写原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Growth fund</source>
      <translation>成长基金</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Growth fund statement</source>
      <translation>部门成长基金收支表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Growth fund statement {month}</source>
      <translation>部门成长基金收支表 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Income</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>It was voided already.</source>
      <translation>已经作废。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Kept by</source>
      <translation>经手人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>My fines and rewards</source>
      <translation>我的奖惩</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Name the complaint (case number or what happened).</source>
      <translation>请写明投诉（售后单号或投诉内容）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other fine</source>
      <translation>其他罚款</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other income</source>
      <translation>其他收入</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Other income of the fund</source>
      <translation>基金其他收入</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other reward</source>
      <translation>其他奖励</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Other spending</source>
      <translation>其他支出</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Pay the reward from the growth fund</source>
      <translation>奖金从成长基金支付</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Print statement…</source>
      <translation>打印收支表…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Reward</source>
      <translation>奖励</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Reward paid from the fund</source>
      <translation>基金支付的奖励</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Sales champion award</source>
      <translation>销售冠军奖</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Sales progress award</source>
      <translation>销售进步奖</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Say what the money was for.</source>
      <translation>请写明用途。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>Say who took part or who paid.</source>
      <translation>请写明参加人或经手人。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Select a fine or reward first.</source>
      <translation>请先选择一条奖惩记录。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Select an entry first.</source>
      <translation>请先选择一条记录。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Spend from the fund</source>
      <translation>基金支出</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Spending</source>
      <translation>支出</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Spend…</source>
      <translation>记一笔支出…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Team activity</source>
      <translation>团队活动</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Team award</source>
      <translation>团队奖</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>That record no longer exists.</source>
      <translation>该记录已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>The date {day} is in the future.</source>
      <translation>日期 {day} 是将来的日期。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>The fund holds ¥{balance}.</source>
      <translation>基金余额 ¥{balance}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>The fund holds ¥{balance}: not enough for ¥{amount}.</source>
      <translation>基金余额 ¥{balance}，不足支付 ¥{amount}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>This entry belongs to a fine or reward: void that record instead.</source>
      <translation>此记录属于一笔奖惩：请作废那笔奖惩记录。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>This is {name}'s complaint no. {n} of the month: the month's wage is forfeited, but no base wage is recorded. The owner enters it under Staff &amp; accounts first.</source>
      <translation>这是 {name} 本月第 {n} 次投诉：应扣除当月全部工资，但没有登记基本工资。请店主先在“员工与账号”中填写。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="shopmanager/core/fund.py" />
      <source>Training and books</source>
      <translation>培训和书籍</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void entry</source>
      <translation>作废记录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void entry…</source>
      <translation>作废记录…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void fine / reward</source>
      <translation>作废奖惩</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Void fine / reward…</source>
      <translation>作废奖惩…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Void reason</source>
      <translation>作废原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Voided entries are shown and not counted.</source>
      <translation>作废的记录照常显示，但不计入金额。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>What</source>
      <translation>用途</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Who</source>
      <translation>参加人/经手人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>Why is it voided? (it stays visible)</source>
      <translation>作废原因？（记录仍会显示）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>case number, or what the buyer complained about</source>
      <translation>售后单号，或买家投诉的内容</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>complaint no. {n} of {month}: {reference}</source>
      <translation>{month} 第 {n} 次投诉：{reference}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>e.g. team dinner after the Double 11 rush</source>
      <translation>例如：双11后部门聚餐</translation>
    </message>
    <message>
      <location filename="shopmanager/services/fund.py" />
      <source>the month's wage is forfeited</source>
      <translation>扣除当月全部工资</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>voided</source>
      <translation>已作废</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>who took part, or who paid</source>
      <translation>参加人，或经手人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>{name}: {case} ¥{amount}</source>
      <translation>{name}:{case} ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/fund.py" />
      <source>{n} fine(s) recorded from upheld complaints; {already} had one already.</source>
      <translation>按成立的投诉记录了 {n} 笔罚款；{already} 笔已有罚款。</translation>
    </message>
  </context>
  <context>
    <name>Handover</name>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Also show items ticked off in the last 14 days</source>
      <translation>同时显示最近 14 天已接手的事项</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>At most {n} characters per item: split it.</source>
      <translation>每条最多 {n} 个字：请拆成几条。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>By</source>
      <translation>交接人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>For shift</source>
      <translation>接班班次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>From shift</source>
      <translation>交班班次</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Hand over</source>
      <translation>交接</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Matter</source>
      <translation>交接事项</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Select an item first.</source>
      <translation>请先选择一条交接事项。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>That handover item no longer exists.</source>
      <translation>该交接事项已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>This item was ticked off already ({time}).</source>
      <translation>此事项已被接手（{time}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Tick off</source>
      <translation>确认接手</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Tick off (taken over)…</source>
      <translation>确认接手…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Ticked off</source>
      <translation>接手情况</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>What must the next shift know or do? One matter per item.</source>
      <translation>下一班需要知道或处理什么？每条写一件事。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>What was done</source>
      <translation>处理情况</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>What was done (optional):</source>
      <translation>处理情况（可不填）：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>Write what the next shift must know.</source>
      <translation>请写下需要交接给下一班的事项。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Written</source>
      <translation>写于</translation>
    </message>
    <message>
      <location filename="shopmanager/services/handover.py" />
      <source>You wrote this item: the next shift ticks it off.</source>
      <translation>这是你写的交接事项：应由下一班确认接手。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>open</source>
      <translation>待接手</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>'{value}' is not a phone number</source>
      <translation>“{value}”不是电话号码</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>(column {n})</source>
      <translation>（第 {n} 列）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>(not imported)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>, and {n} more rows with a problem or warning</source>
      <translation>，另有 {n} 行有问题或提醒</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>; the rows above refund ¥{above} more on it</source>
      <translation>；本文件前面的行已在该订单上再退 ¥{above}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>After-sales type</source>
      <translation>售后类型</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Amount paid</source>
      <translation>实付金额</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>An item report (宝贝报表): its lines join the orders of the order report (订单报表), imported before or after.</source>
      <translation>宝贝报表：其中的宝贝会并入订单报表导入的订单（订单报表先导入或后导入都可以）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>An order report without prices per item: import the item report (宝贝报表) too — before or after — to link each order's products.</source>
      <translation>订单报表没有每件宝贝的价格：请把宝贝报表也导入（先后都可以），订单才会关联到商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Another PC changed the same records meanwhile — checking again…</source>
      <translation>另一台电脑刚修改了相同的记录——重新检查中…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Another PC is saving — retrying…</source>
      <translation>另一台电脑正在保存——稍后重试…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Applied at</source>
      <translation>申请时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Barcode {code} already belongs to the product {sku}.</source>
      <translation>条码 {code} 已属于商品 {sku}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Buyer id</source>
      <translation>买家账号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Buyer's explanation</source>
      <translation>退款说明</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Buyer's message</source>
      <translation>买家留言</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Carrier</source>
      <translation>物流公司</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales.py" />
      <source>Channel: from the file's layout</source>
      <translation>渠道：按文件格式识别</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Channel: {channel}</source>
      <translation>渠道：{channel}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Check (dry run)</source>
      <translation>检查（试导入）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Check passed: the import would give {counts}. Nothing was written yet.</source>
      <translation>检查通过：导入后将有 {counts}。目前尚未写入任何数据。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Checking rows…</source>
      <translation>正在检查各行…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose a file to import</source>
      <translation>选择要导入的文件</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose an Excel or CSV file…</source>
      <translation>选择 Excel 或 CSV 文件…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose our product…</source>
      <translation>选择本店商品…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Choose the channel (platform) these orders come from first: the choice is remembered for that channel.</source>
      <translation>请先选择这些订单来自哪个渠道（平台）：选择会按渠道记住。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Choose the channel (platform) these orders come from.</source>
      <translation>请选择这些订单来自哪个渠道（平台）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Choose the channel (platform) these refunds come from.</source>
      <translation>请选择这些退款来自哪个渠道（平台）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Choose the columns for SKU and name: both are required.</source>
      <translation>请选择货号和名称对应的列：两者都是必需的。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Choose the item to map.</source>
      <translation>请选择要对应的宝贝。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Column in your file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Column mapping</source>
      <translation>列对应关系</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Create placeholder products for unknown items</source>
      <translation>为未知商品创建待完善的商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Douyin after-sales export</source>
      <translation>抖店售后单导出</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Douyin export</source>
      <translation>抖音导出文件</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Download template…</source>
      <translation>下载模板…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Finished at</source>
      <translation>完结时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Freight</source>
      <translation>运费</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Give the mapping a name.</source>
      <translation>请给这个对应关系起个名字。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Goods amount (order)</source>
      <translation>货款（订单）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Goods status</source>
      <translation>货物状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Goods to be returned</source>
      <translation>是否需要退货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Guess from the headers</source>
      <translation>按表头自动识别</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import platform orders</source>
      <translation>导入平台订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import products</source>
      <translation>导入商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Import {n} rows from {file}? Every row is checked first: if one has a problem, nothing is written.</source>
      <translation>从 {file} 导入 {n} 行？会先检查每一行：只要有一行有问题，就什么都不写入。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Imported: {counts}.</source>
      <translation>已导入：{counts}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Item code (外部系统编号)</source>
      <translation>外部系统编号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Item in the file</source>
      <translation>文件中的宝贝</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Item properties</source>
      <translation>商品属性</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Item title</source>
      <translation>宝贝标题</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Items in the file that are none of our products: {n}. Choose ours for each (remembered for this channel), or let the import create placeholder products.</source>
      <translation>文件中不是本店商品的宝贝：{n} 个。请为每个选择本店商品（按渠道记住），或允许导入创建占位商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Items of order {number} (see the item report)</source>
      <translation>订单 {number} 的宝贝（见宝贝报表）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>JD after-sales export</source>
      <translation>京东服务单导出</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>JD export</source>
      <translation>京东导出文件</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Line total</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Map at least the order number and the item title or SKU.</source>
      <translation>至少要对应订单号，以及宝贝标题或商家编码。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Map at least the refund number and the order number.</source>
      <translation>至少要对应退款编号和订单编号两列。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Name of this mapping:</source>
      <translation>对应关系的名称：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>No product has the SKU or barcode '{text}', nor a name with it.</source>
      <translation>没有商品的货号或条码是“{text}”，名称中也不含它。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Only the owner may import costs: leave the column '{column}' unmapped.</source>
      <translation>只有店主可以导入成本：请不要对应“{column}”列。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Opening stock cannot be negative.</source>
      <translation>期初库存不能为负数。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Order status</source>
      <translation>订单状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Order total</source>
      <translation>总金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Order {number} is shipped on the platform but the file has no tracking number: it stays to ship here.</source>
      <translation>订单 {number} 在平台上已发货，但文件中没有物流单号：在本系统中仍为待发货。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Order {number} was shipped here with {ours}; the file says {theirs}. Left as it is.</source>
      <translation>订单 {number} 在本系统中以 {ours} 发货；文件中为 {theirs}。保持不变。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Order {number}: the goods amount {goods} is more than its lines add up to ({lines}); the lines are kept.</source>
      <translation>订单 {number}：货款 {goods} 大于各宝贝合计（{lines}），保留宝贝金额。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Ordered at</source>
      <translation>下单时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Other PCs kept changing the same records during the import. What was written stays; import the file again to complete it.</source>
      <translation>导入期间其他电脑一直在修改相同的记录。已写入的部分保留；请再导入一次该文件以补全。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_labels.py" />
      <source>Our product</source>
      <translation>本店商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Our product for {item}</source>
      <translation>{item} 对应的本店商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Paid at</source>
      <translation>付款时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Pinduoduo after-sales export</source>
      <translation>拼多多售后导出</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Pinduoduo export</source>
      <translation>拼多多导出文件</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Platform order number</source>
      <translation>平台订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Preview: the first {n} rows of {total}</source>
      <translation>预览：共 {total} 行中的前 {n} 行</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Problems ({n})</source>
      <translation>问题（{n}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Reading the file…</source>
      <translation>正在读取文件…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Reading the values…</source>
      <translation>正在读取数值…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Receiver</source>
      <translation>收货人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Receiver phone</source>
      <translation>收货人手机</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund amount</source>
      <translation>退款金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund number</source>
      <translation>退款编号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund reason</source>
      <translation>退款原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Refund status</source>
      <translation>退款状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Return tracking number</source>
      <translation>退货物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Rows</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>SKU (merchant code)</source>
      <translation>商家编码（货号）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>SKU, barcode or part of the name of our product:</source>
      <translation>本店商品的货号、条码或名称中的文字：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save mapping</source>
      <translation>保存对应关系</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save mapping…</source>
      <translation>保存对应关系…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save rows with errors</source>
      <translation>保存出错的行</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Save rows with errors…</source>
      <translation>保存出错的行…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Saved {path}: your rows with an error column. Fix them and import this file again.</source>
      <translation>已保存 {path}：您的数据行加上一列错误说明。改正后重新导入这个文件。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Saved: {name}</source>
      <translation>已保存：{name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Seller note</source>
      <translation>卖家备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Taobao / Tmall item report (宝贝报表)</source>
      <translation>淘宝 / 天猫 宝贝报表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Taobao / Tmall order report (订单报表)</source>
      <translation>淘宝 / 天猫 订单报表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>Taobao / Tmall refund export</source>
      <translation>淘宝/天猫退款导出</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Template saved to {path}</source>
      <translation>模板已保存到 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>That product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>The database stayed busy: another PC is saving a lot. This part of the import was not written; import the file again later (what was written is recognised).</source>
      <translation>数据库一直忙：另一台电脑正在大量保存。这一部分没有写入；请稍后再导入该文件（已写入的会被识别，不会重复）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>The disk {disk} is full ({free} free).</source>
      <translation>磁盘 {disk} 已满（剩余 {free}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>The import is written in {total} parts: the first {done} were written and stay, the rest were not. Import the file again when this is solved: what was written is recognised and the rest is added.</source>
      <translation>本次导入分 {total} 部分写入：前 {done} 部分已写入并保留，其余未写入。解决问题后请再次导入该文件：已写入的会被识别，只补上其余部分。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>These columns of the saved mapping are not in this file: {names}</source>
      <translation>已保存的对应关系中的这些列不在本文件中：{names}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Tracking number</source>
      <translation>物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>Tracking number {tracking_no} is already used by order {order_no}.</source>
      <translation>物流单号 {tracking_no} 已被订单 {order_no} 使用。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>Which product?</source>
      <translation>哪一个商品？</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>Writing part {n} of {total}…</source>
      <translation>正在写入第 {n} 部分，共 {total} 部分…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Your role may not change sale prices: leave the column '{column}' unmapped.</source>
      <translation>您的岗位不能修改售价：请不要对应“{column}”这一列。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>a refund cannot be negative</source>
      <translation>退款金额不能为负</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>closed on the platform</source>
      <translation>平台上已关闭</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>import {file}</source>
      <translation>导入 {file}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>import {file} row {row}</source>
      <translation>导入 {file} 第 {row} 行</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>item lines of {n} orders wait for the order report</source>
      <translation>{n} 个订单的宝贝等待订单报表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>opening stock from import</source>
      <translation>导入的期初库存</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>order {number} is not in the program: import the platform's orders first</source>
      <translation>订单 {number} 不在系统中：请先导入平台订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>order {number} is on several channels: choose the channel of this file</source>
      <translation>订单号 {number} 在多个渠道中存在：请选择此文件的渠道</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>order {number}: the total is above 100,000,000</source>
      <translation>订单 {number}：总金额超过 100,000,000</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>placeholder from an order import: {item}</source>
      <translation>订单导入生成的待完善商品：{item}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>platform refund {number}</source>
      <translation>平台退款 {number}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>red: shipped orders that take stock below zero</source>
      <translation>红色：已发货订单使库存低于零</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>refund {number}: {status}</source>
      <translation>退款 {number}：{status}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>refund ¥{amount} is more than can be refunded on order {order_no} (paid ¥{paid}, ¥{done} already refunded)</source>
      <translation>退款 ¥{amount} 超出订单 {order_no} 可退金额（实付 ¥{paid}，已退 ¥{done}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>shipped: the stock of {sku} goes to {balance}, below zero; record the goods received</source>
      <translation>已发货：{sku} 的库存将变为 {balance}，低于零；请登记到货入库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the amount must be between 0 and 100,000,000</source>
      <translation>金额必须在 0 到 100,000,000 之间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the item has neither a title nor a SKU</source>
      <translation>该商品既没有标题也没有商家编码</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the order time is in the future</source>
      <translation>下单时间在未来</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the payment time must be between the order time and now</source>
      <translation>付款时间必须在下单时间和现在之间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>the quantity must be from 1 to 100000</source>
      <translation>数量必须在 1 到 100000 之间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>tracking number {tracking} is also on row {row} for another order</source>
      <translation>物流单号 {tracking} 也在第 {row} 行用于另一个订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>unknown product '{item}': choose ours for it in the preview, add it first, or let the import create placeholder products</source>
      <translation>未知商品“{item}”：请在预览中为它选择本店商品，或先添加该商品，或允许导入创建占位商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>unknown — double-click to choose</source>
      <translation>未知——双击选择</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>warnings, in red ({n}): they do not stop the import</source>
      <translation>红色提醒（{n}）：不影响导入</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>{case_no} from platform refund {number}</source>
      <translation>{case_no}，来自平台退款 {number}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>{channel} item {code} → {sku} {name}</source>
      <translation>{channel} 宝贝 {code} → {sku} {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/import_pipeline.py" />
      <source>{created} new, {updated} updated, {unchanged} unchanged</source>
      <translation>新增 {created}，更新 {updated}，未变 {unchanged}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import.py" />
      <source>{file} ({channel}): {created} new, {updated} updated, {unchanged} unchanged</source>
      <translation>{file}（{channel}）：新增 {created}，更新 {updated}，未变 {unchanged}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>{file}: {created} new, {updated} updated, {unchanged} unchanged, {flagged} outside the policy</source>
      <translation>{file}：新增 {created}，更新 {updated}，未变 {unchanged}，超出政策 {flagged}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders are not imported yet: their item lines wait for the order report (订单报表).</source>
      <translation>{n} 个订单尚未导入：其宝贝等待订单报表导入后并入。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders have no item lines yet (this file has no price per item): import the item report (宝贝报表) too, to link their products.</source>
      <translation>{n} 个订单还没有宝贝明细（此文件没有每件宝贝的价格）：请把宝贝报表也导入，以关联商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders imported from the order report get their item lines.</source>
      <translation>{n} 个由订单报表导入的订单得到宝贝明细。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} orders take their lines from the item report imported earlier.</source>
      <translation>{n} 个订单使用先前导入的宝贝报表中的明细。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>{n} problems: nothing was imported. Fix them in your file (or save the rows with an error column), then try again.</source>
      <translation>{n} 个问题：没有导入任何数据。请在文件中改正（或保存带错误说明列的行），然后重试。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_check.py" />
      <source>{n} products are named '{title}': give the line its SKU (商家编码), or choose the product for it in the preview</source>
      <translation>有 {n} 个商品名为“{title}”：请在该行填写商家编码，或在预览中为它选择商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_import.py" />
      <source>{n} refunds are outside the shop's policy: they are recorded and flagged (⚠ in the list).</source>
      <translation>有 {n} 笔退款超出本店售后政策：已照常记录并标记（列表中显示 ⚠）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/importing.py" />
      <source>{n} rows read from sheet '{sheet}'. Check the mapping, then Check or Import.</source>
      <translation>已从工作表“{sheet}”读取 {n} 行。请核对列对应关系，然后检查或导入。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>{order_no}: imported from {file} row {row}</source>
      <translation>{order_no}：从 {file} 第 {row} 行导入</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_import_write.py" />
      <source>{order_no}: item lines from {file}</source>
      <translation>{order_no}：宝贝明细来自 {file}</translation>
    </message>
  </context>
  <context>
    <name>Leave</name>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>A</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>A leave request covers at most 190 days.</source>
      <translation>一次请假最多 190 天。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Annual leave</source>
      <translation>年假</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Ask for leave</source>
      <translation>请假申请</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Ask for leave…</source>
      <translation>请假…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>B</source>
      <translation>产</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Bereavement leave</source>
      <translation>丧假</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>C</source>
      <translation>调</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Choose the kind of leave.</source>
      <translation>请选择请假类型。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Decision note</source>
      <translation>审批意见</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Enter leave for someone…</source>
      <translation>代人登记请假…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Everyone's, last 90 days</source>
      <translation>全部（最近 90 天）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>F</source>
      <translation>丧</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Give a reason for the leave.</source>
      <translation>请填写请假原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Leave is asked for in advance and approved by the supervisor.</source>
      <translation>请假须事先申请，由主管批准。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Leave is asked for in advance: it cannot start before today. For past days (sick leave), ask your supervisor to enter it.</source>
      <translation>请假须事先申请：开始时间不能早于今天。已过去的日期（如病假）请主管代为登记。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>M</source>
      <translation>婚</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Marriage leave</source>
      <translation>婚假</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Maternity/paternity leave</source>
      <translation>产假/陪产假</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>My requests</source>
      <translation>我的申请</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>O</source>
      <translation>他</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Only a waiting request, or approved leave that has not started, can be withdrawn.</source>
      <translation>只能撤回待审批的申请，或已批准但尚未开始的请假。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Only your own leave requests can be withdrawn.</source>
      <translation>只能撤回自己的请假申请。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Other leave</source>
      <translation>其他假</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>P</source>
      <translation>事</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Personal leave</source>
      <translation>事假</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reject</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Rejected</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Reject…</source>
      <translation>驳回…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>S</source>
      <translation>病</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Select a request first.</source>
      <translation>请先选择一条申请。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Send request</source>
      <translation>提交申请</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Sick leave</source>
      <translation>病假</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>That leave request no longer exists.</source>
      <translation>该请假申请已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>The leave ends ({end}) before it starts ({start}).</source>
      <translation>请假结束时间（{end}）早于开始时间（{start}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>This request was decided already: {status}.</source>
      <translation>此申请已审批：{status}。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Time off in lieu</source>
      <translation>调休</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>To</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Waiting for approval</source>
      <translation>待审批</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Why is it rejected?</source>
      <translation>驳回原因？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/attendance.py" />
      <source>Withdraw this leave request?</source>
      <translation>撤回这条请假申请？</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>Your own leave is approved by someone else.</source>
      <translation>本人的请假须由他人审批。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leave.py" />
      <source>{name} has {kind} from {start} to {end} already ({status}).</source>
      <translation>{name} 在 {start} 至 {end} 已有{kind}({status})。</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Carrier</source>
      <translation>物流公司</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Carriers</source>
      <translation>物流公司</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Categories</source>
      <translation>类目</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Category</source>
      <translation>类目</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Contact person</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Delete this category?</source>
      <translation>删除这个类目？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>In use</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Name of the carrier (物流公司):</source>
      <translation>物流公司名称：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Name of the category:</source>
      <translation>类目名称：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New carrier</source>
      <translation>新增物流公司</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New carrier…</source>
      <translation>新增物流公司…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New category</source>
      <translation>新建类目</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New category…</source>
      <translation>新建类目…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>New supplier…</source>
      <translation>新增供应商…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Number patterns</source>
      <translation>单号规则</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Number patterns — {name}</source>
      <translation>单号规则 — {name}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Number patterns…</source>
      <translation>单号规则…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>One pattern a line. Letters and digits stand for themselves; # is a digit, @ a letter, * the rest of the number; {12} or {12-15} repeats the # or @ before it. Example: SF#{12-15} is SF and 12 to 15 digits.</source>
      <translation>每行一条规则。字母和数字照写；# 代表一位数字，@ 代表一个字母，* 代表单号其余部分；{12} 或 {12-15} 表示前面的 # 或 @ 重复的次数。例如 SF#{12-15} 表示 SF 加 12 到 15 位数字。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Rename category</source>
      <translation>重命名类目</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Select a carrier first.</source>
      <translation>请先选择一家物流公司。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Stop / resume using</source>
      <translation>停用 / 恢复使用</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Suppliers</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>Try a tracking number…</source>
      <translation>输入一个单号试试…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>{name} is added. To recognise its tracking numbers, give it its number patterns (Number patterns…).</source>
      <translation>已添加{name}。要按单号自动识别它，请给它设置单号规则（“单号规则…”）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>{number}: no carrier's pattern fits.</source>
      <translation>{number}：没有物流公司的规则符合。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/lists.py" />
      <source>{number}: {names}</source>
      <translation>{number}：{names}</translation>
    </message>
  </context>
  <context>
    <name>Login</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Create shop</source>
      <translation>创建店铺</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Database: {db}</source>
      <translation>数据库：{db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Demo shop — every account has the password "{password}". Click one to fill it in:</source>
      <translation>演示店铺 —— 所有账号的密码都是“{password}”。点击账号即可填入：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Log in — ShopManager</source>
      <translation>登录 — ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Set up your shop</source>
      <translation>设置您的店铺</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two new passwords differ.</source>
      <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This account is disabled. Ask the owner.</source>
      <translation>该账号已停用，请联系店主。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
      <translation>密码错误次数过多，请 {seconds} 秒后再试。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong password. Wait {seconds} seconds before the next try.</source>
      <translation>密码错误。请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>You may try again.</source>
      <translation>现在可以重试了。</translation>
    </message>
  </context>
  <context>
    <name>LoginForm</name>
    <message>
      <location filename="login.ui" />
      <source>&amp;Password</source>
      <translation>密码(&amp;P)</translation>
    </message>
    <message>
      <location filename="login.ui" />
      <source>&amp;User name</source>
      <translation>用户名(&amp;U)</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;About ShopManager</source>
      <translation>关于 ShopManager(&amp;A)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Back up now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Log out</source>
      <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>About ShopManager</source>
      <translation>关于 ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>An unexpected error occurred. Your saved data is safe; the last action may not have been completed. Details were written to {path}.</source>
      <translation>发生意外错误。已保存的数据是安全的，最后一步操作可能没有完成。详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Change &amp;password…</source>
      <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Database: {db}</source>
      <translation>数据库：{db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>Please choose a new password before you start (a temporary or old password must be changed).</source>
      <translation>开始工作前请设置新密码（临时密码或过期密码必须修改）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>ShopManager {version}
The back office of a small online shop: products, stock, orders, staff.
Data: {db}</source>
      <translation>ShopManager {version}
网店后台管理：商品、库存、订单、员工。
数据：{db}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/app.py" />
      <source>The backup of {when} was restored. The damaged file was kept as
{aside}</source>
      <translation>已恢复 {when} 的备份。损坏的文件保留为
{aside}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>The shop's language ({name})</source>
      <translation>店铺默认语言（{name}）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>User: {name} ({role})</source>
      <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Work is still running. Stop it and close?</source>
      <translation>还有任务在运行。停止并关闭？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your password was changed.</source>
      <translation>您的密码已修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>Your role has no pages yet. Ask the owner.</source>
      <translation>您的岗位还没有可用的页面，请联系店主。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} need attention</source>
      <translation>{n} 项需要处理</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} to do</source>
      <translation>待办 {n} 项</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/main_window.py" />
      <source>{n} to do, {urgent} of them overdue</source>
      <translation>待办 {n} 项，其中 {urgent} 项已超时</translation>
    </message>
  </context>
  <context>
    <name>Meetings</name>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Absent</source>
      <translation>缺席</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Add a decision</source>
      <translation>添加决议</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Chair</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Chaired by</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Decision</source>
      <translation>决议</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Decision {n}: write what was decided.</source>
      <translation>决议 {n}：请写明决议内容。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Decisions</source>
      <translation>决议</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Decisions:</source>
      <translation>决议：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Due</source>
      <translation>完成期限</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Held at</source>
      <translation>会议时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Last week's work</source>
      <translation>上周工作</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Minutes</source>
      <translation>会议纪要</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Minutes are written for a meeting held, not one weeks ahead.</source>
      <translation>会议纪要针对已召开的会议，不能提前数周填写。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Minutes taken by</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Open decisions</source>
      <translation>未完成决议</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Present</source>
      <translation>出席</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Print minutes…</source>
      <translation>打印会议纪要…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Remove the decision</source>
      <translation>删除决议</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Reports of the members</source>
      <translation>成员汇报</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Reports of the members (double-click to write):</source>
      <translation>成员汇报（双击填写）：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Select a meeting first.</source>
      <translation>请先选择一次例会。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>That meeting record no longer exists.</source>
      <translation>该例会记录已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Title</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Today's weekly meeting is recorded.</source>
      <translation>今天的部门例会已记录。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Weekly meeting</source>
      <translation>部门例会</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Weekly meeting today at {time}: each customer-service member reports last week's work and what to improve.</source>
      <translation>今天 {time} 召开部门例会：每位客服汇报上周工作及需要改进的地方。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Weekly meeting: next on {when}.</source>
      <translation>部门例会：下次 {when}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Weekly meetings</source>
      <translation>部门例会</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>What to improve</source>
      <translation>需改进之处</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Write this week's minutes…</source>
      <translation>填写本周例会纪要…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>{name} is listed twice.</source>
      <translation>{name} 被列了两次。</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="shopmanager/ui/login.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please check</source>
      <translation>请检查</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Please confirm</source>
      <translation>请确认</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>ShopManager</source>
      <translation>ShopManager</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/messages.py" />
      <source>Yes</source>
      <translation>确定</translation>
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>a comma is only allowed between groups of three digits (1,234.50); write a decimal point: 12.5</source>
      <translation>逗号只能用作千位分隔（如 1,234.50）；小数请用小数点：12.5</translation>
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>far too large</source>
      <translation>金额过大</translation>
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>not a number</source>
      <translation>不是数字</translation>
    </message>
    <message>
      <location filename="shopmanager/core/money.py" />
      <source>{field}: '{value}' is not an amount ({reason}).</source>
      <translation>{field}：“{value}”不是金额（{reason}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: not an amount</source>
      <translation>{field}：不是金额</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>After-sales</source>
      <translation>售后登记</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Appraisal</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Attendance</source>
      <translation>考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Audit log</source>
      <translation>操作日志</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Batch shipping</source>
      <translation>批量发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_audit.py" />
      <source>Defective stock</source>
      <translation>次品库存</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Growth fund</source>
      <translation>奖惩与基金</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Inventory alerts</source>
      <translation>库存预警</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Meetings &amp; training</source>
      <translation>例会与培训</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Revisit plan</source>
      <translation>回访计划</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Roster</source>
      <translation>排班</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Staff &amp; accounts</source>
      <translation>员工与账号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Stock movements</source>
      <translation>出入库记录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>Stocktake</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/navigation.py" />
      <source>To ship today</source>
      <translation>今日待发</translation>
    </message>
  </context>
  <context>
    <name>OrderForm</name>
    <message>
      <location filename="order.ui" />
      <source>&amp;Address</source>
      <translation>地址(&amp;A)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Buyer's message</source>
      <translation>买家留言(&amp;B)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Channel</source>
      <translation>渠道(&amp;C)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Receiver</source>
      <translation>收货人(&amp;R)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>&amp;Taken by</source>
      <translation>接单人(&amp;T)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Address and phone confirmed with the buyer</source>
      <translation>地址和手机号已与买家核对</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Bank transfer record</source>
      <translation>汇款登记</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Cancel shipment…</source>
      <translation>取消发货…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Change status…</source>
      <translation>更改状态…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Ctrl+Shift+V: paste what the buyer sent (姓名 手机 地址 in any order) and fill the receiver</source>
      <translation>Ctrl+Shift+V：粘贴买家发来的“姓名 手机 地址”（顺序不限），自动填好收货人</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Find customer…</source>
      <translation>查找客户…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Freight (¥)</source>
      <translation>运费（元）</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Items</source>
      <translation>商品明细</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Order discount (¥)</source>
      <translation>订单优惠（元）</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Pa&amp;yment</source>
      <translation>付款方式(&amp;Y)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Paid amount (¥)</source>
      <translation>已付金额（元）</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Paste name, phone, address from a chat…</source>
      <translation>从聊天粘贴姓名、手机、地址…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Platform order &amp;number</source>
      <translation>平台订单号(&amp;N)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Receiver &amp;phone</source>
      <translation>收货人手机(&amp;P)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Remove item</source>
      <translation>删除商品</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Seller &amp;note</source>
      <translation>卖家备注(&amp;N)</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Shipments</source>
      <translation>发货记录</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Ship…</source>
      <translation>发货…</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>Type a name, SKU or barcode and pick the item (a scanner adds it at once)</source>
      <translation>输入商品名称、货号或条码后从列表选择（扫码枪直接添加）</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>bank, payer, time, amount</source>
      <translation>银行、汇款人、时间、金额</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>province, city, district, street and number</source>
      <translation>省、市、区、街道和门牌号</translation>
    </message>
    <message>
      <location filename="order.ui" />
      <source>the total once paid</source>
      <translation>付款后为合计金额</translation>
    </message>
  </context>
  <context>
    <name>Orders</name>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>(not found)</source>
      <translation>（未识别）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>(not paid yet)</source>
      <translation>（尚未付款）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>A cancelled or closed order stays as it is; enter a new order.</source>
      <translation>已取消或已关闭的订单不能再改，请新建订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>A new customer was made from the receiver.</source>
      <translation>已按收货人新建客户档案。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Add at least one line to the order.</source>
      <translation>订单至少要有一件商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/dispatch.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Address confirmed</source>
      <translation>地址已核对</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>All channels</source>
      <translation>全部渠道</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Any time</source>
      <translation>任何时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>At most {n} packing slips at a time.</source>
      <translation>一次最多打印 {n} 张发货单。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Bank transfer</source>
      <translation>银行汇款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Buyer's message</source>
      <translation>买家留言</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Buyer's message: {text}</source>
      <translation>买家留言：{text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Choose at least one order to print.</source>
      <translation>请至少选择一个要打印的订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Customer / receiver</source>
      <translation>客户/收货人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Customer: {name} ({n} orders so far)</source>
      <translation>客户：{name}（已下单 {n} 次）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Delivered</source>
      <translation>已签收</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Discount</source>
      <translation>优惠</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Douyin</source>
      <translation>抖音</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Fill in</source>
      <translation>填入</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Find customer</source>
      <translation>查找客户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Freight</source>
      <translation>运费</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Import platform orders…</source>
      <translation>导入平台订单…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>It has shipped: register an after-sales case instead.</source>
      <translation>已经发货：请改为登记售后。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Item {n}: '{value}' is not valid here.</source>
      <translation>第 {n} 件商品：“{value}”在这里无效。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>JD</source>
      <translation>京东</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Line total</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Line {n}: {problem}</source>
      <translation>第 {n} 行：{problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Mobile</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>More…</source>
      <translation>更多…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>New customer: made from the receiver on saving</source>
      <translation>新客户：保存时按收货人建档</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>New order</source>
      <translation>新建订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No customer</source>
      <translation>无客户</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No customer found for '{text}'. Create a new customer?</source>
      <translation>没有找到“{text}”对应的客户。新建客户？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No orders yet. Customer service enters or imports them.</source>
      <translation>还没有订单。订单由客服录入或导入。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No orders yet. Enter one with New order (Ctrl+N), or import the orders exported from your platform with Import platform orders….</source>
      <translation>还没有订单。点“新建订单”（Ctrl+N）录入，或用“导入平台订单…”导入平台导出的订单表。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>No product has the SKU or barcode '{code}'.</source>
      <translation>没有货号或条码为“{code}”的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>No product has the name, SKU or barcode '{code}'.</source>
      <translation>没有名称、货号或条码为“{code}”的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>No product matches '{text}'.</source>
      <translation>没有商品符合“{text}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>No province or city recognised: check the address.</source>
      <translation>没有识别出省或市：请核对地址。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Not used</source>
      <translation>未使用</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Offline</source>
      <translation>线下</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order / platform number, phone, tracking no.  (Ctrl+F)</source>
      <translation>订单号/平台订单号、手机号、物流单号  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Order discount</source>
      <translation>订单优惠</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order discount: more than the goods and the freight.</source>
      <translation>订单优惠：超过了商品金额加运费。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Order lines</source>
      <translation>订单明细</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Order number</source>
      <translation>订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order number: required.</source>
      <translation>订单号：必填。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order saved</source>
      <translation>订单已保存</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order time: it is in the future.</source>
      <translation>下单时间：在未来。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order {order_no} is '{status}': it can no longer be changed.</source>
      <translation>订单 {order_no} 为“{status}”：不能再修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Order {order_no} is already paid.</source>
      <translation>订单 {order_no} 已付款。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order {order_no} is saved. The number is copied: paste it into the chat with the buyer.</source>
      <translation>订单 {order_no} 已保存。订单号已复制，可直接粘贴到与买家的聊天中。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Ordered</source>
      <translation>下单时间</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Packed</source>
      <translation>已装箱</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Packing slip</source>
      <translation>发货单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Packing slips</source>
      <translation>发货单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Paid</source>
      <translation>已付</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Paid amount</source>
      <translation>已付金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Paid at</source>
      <translation>付款时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Paid, to ship</source>
      <translation>待发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Paste the buyer's name, mobile number and address — in any order, with or without labels such as 收货人: / 电话: / 地址:.</source>
      <translation>粘贴买家的姓名、手机号和地址——顺序不限，带不带“收货人：/电话：/地址：”这样的标签都可以。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Paste the receiver from a chat</source>
      <translation>从聊天粘贴收货人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Payment method</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Payment time: between the order time and now.</source>
      <translation>付款时间：须在下单时间与现在之间。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Pending payment</source>
      <translation>待付款</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Phone number or platform buyer name:</source>
      <translation>手机号或平台买家账号：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Picked</source>
      <translation>已拣</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Picking list: {n} orders, {pieces} pieces</source>
      <translation>拣货单：{n} 个订单，共 {pieces} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Pinduoduo</source>
      <translation>拼多多</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_list.py" />
      <source>Platform number</source>
      <translation>平台订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Platform order number</source>
      <translation>平台订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Platform payment</source>
      <translation>平台支付</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Print packing slips…</source>
      <translation>打印发货单…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Reading orders…</source>
      <translation>正在读取订单…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Reason (kept in the history):</source>
      <translation>原因（记入历史记录）：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Reason: say why the order is cancelled or closed.</source>
      <translation>原因：请说明订单取消或关闭的原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Receiver</source>
      <translation>收货人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Receiver's address</source>
      <translation>收货地址</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Receiver's phone</source>
      <translation>收货人手机</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Sales report…</source>
      <translation>销售报表…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Select an order first.</source>
      <translation>请先选择一个订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Select the orders to print (Ctrl+click or Shift+click for several).</source>
      <translation>请选择要打印的订单（按住 Ctrl 或 Shift 点击可多选）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Seller's note</source>
      <translation>卖家备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Ship order {order_no} with a carrier and a tracking number (Shipping).</source>
      <translation>请为订单 {order_no} 填写物流公司和物流单号发货（发货）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Shipped</source>
      <translation>已发货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Someone else changed order {order_no} after you opened it. Close it, open it again and redo your change.</source>
      <translation>您打开订单 {order_no} 后，别人修改了它。请关闭后重新打开，再做一次修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Taken by</source>
      <translation>接单人</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Taobao</source>
      <translation>淘宝</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Thank you for shopping with us! Questions about your parcel: {shop}</source>
      <translation>感谢您的惠顾！包裹有任何问题请联系：{shop}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales.py" />
      <source>That order no longer exists.</source>
      <translation>该订单已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>That staff member no longer exists.</source>
      <translation>该员工已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>The order cannot go from '{current}' to '{target}'.</source>
      <translation>订单不能从“{current}”变为“{target}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>The order total is above 100,000,000.</source>
      <translation>订单合计超过 100,000,000。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>The platform number {number} belongs to several orders ({orders}); use the shop's order number.</source>
      <translation>平台订单号 {number} 对应多个订单（{orders}）；请使用本店订单号。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>There is no order with the number {number}.</source>
      <translation>没有订单号为 {number} 的订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>This customer's personal data was erased; create a new customer for the order.</source>
      <translation>该客户的个人信息已删除，请为此订单新建客户。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>This order has shipped: its items, amounts and receiver can no longer be changed. For a return, an exchange or a refund, register an after-sales case.</source>
      <translation>此订单已发货：商品、金额和收货人不能再修改。退货、换货或退款请登记售后。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>This order is {status}: it stays as it is.</source>
      <translation>此订单{status}，不能再修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Tmall</source>
      <translation>天猫</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>To take order {order_no} back from '{status}', cancel its shipment: the stock comes back with it.</source>
      <translation>要把订单 {order_no} 从“{status}”退回，请取消其发货：库存会随之退回。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Total ¥{amount}</source>
      <translation>合计 ¥{amount}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Total ¥{total} (freight ¥{freight})</source>
      <translation>合计 ¥{total}（含运费 ¥{freight}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Transfer record</source>
      <translation>汇款登记</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>Transfer record: enter the bank, payer, time and amount of the transfer (汇款登记).</source>
      <translation>汇款登记：请填写汇款银行、汇款人、时间和金额。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>Type a third character to search every product.</source>
      <translation>再输入一个字，可在全部商品中查找。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>WeChat Pay</source>
      <translation>微信支付</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Your role may look at orders but not change them.</source>
      <translation>您的岗位只能查看订单，不能修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Your role sees the receiver masked, so it cannot change this order.</source>
      <translation>您的岗位看到的收货人信息已打码，不能修改此订单。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>that product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{channel} order number {number} is already entered as order {order_no}.</source>
      <translation>{channel}订单号 {number} 已录入为订单 {order_no}。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>{field}: '{value}' is not one of the choices.</source>
      <translation>{field}：“{value}”不在可选项中。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: a whole number from 1 to 100000.</source>
      <translation>{field}：1 到 100000 之间的整数。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: more than the line's amount.</source>
      <translation>{field}：超过了该行金额。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/orders.py" />
      <source>{field}: must be between 0 and 100,000,000.</source>
      <translation>{field}：必须在 0 到 100,000,000 之间。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/order_entry.py" />
      <source>{name}{spec}  ·  {sku}  ·  ¥{price}  ·  stock {stock}</source>
      <translation>{name}{spec}  ·  {sku}  ·  ¥{price}  ·  库存 {stock}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>{n} packing slips</source>
      <translation>{n} 张发货单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>{n} piece(s)</source>
      <translation>共 {n} 件</translation>
    </message>
  </context>
  <context>
    <name>Passwords</name>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password is too simple: mix letters with digits or symbols.</source>
      <translation>密码太简单：请将字母与数字或符号混合使用。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must have at least {n} characters.</source>
      <translation>密码至少要有 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/passwords.py" />
      <source>The password must not contain the user name.</source>
      <translation>密码不能包含用户名。</translation>
    </message>
  </context>
  <context>
    <name>Periods</name>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>April</source>
      <translation>4月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>August</source>
      <translation>8月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Choose at most ten years.</source>
      <translation>最多选择十年。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Date: '{text}' is not a date. Write it like 2026-11-03.</source>
      <translation>日期：“{text}”不是日期。请写成 2026-11-03 这样。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>December</source>
      <translation>12月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>February</source>
      <translation>2月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>January</source>
      <translation>1月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>July</source>
      <translation>7月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>June</source>
      <translation>6月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>March</source>
      <translation>3月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>May</source>
      <translation>5月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Month: '{text}' is not a month. Write it like 11月, 2026年11月 or 2026-11.</source>
      <translation>月份：“{text}”不是月份。请写成 11月、2026年11月 或 2026-11。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Month: choose a month between 2000 and 2100.</source>
      <translation>月份：请选择 2000 年到 2100 年之间的月份。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Name the period: {example}</source>
      <translation>请指定期间：{example}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>November</source>
      <translation>11月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>October</source>
      <translation>10月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>September</source>
      <translation>9月</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>The last day is before the first day.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Week {week} of {year} ({start} – {end})</source>
      <translation>{year}年第{week}周（{start} – {end}）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Week: '{text}' is not a week. Write it like 2026-W48 or 2026年第48周.</source>
      <translation>周：“{text}”不是周。请写成 2026-W48 或 2026年第48周。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Week: {year} has no week {week}.</source>
      <translation>周：{year} 年没有第 {week} 周。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Year {year}</source>
      <translation>{year}年</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Year: '{text}' is not a year. Write it like 2026.</source>
      <translation>年份：“{text}”不是年份。请写成 2026 这样。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>Year: choose a year between 2000 and 2100.</source>
      <translation>年份：请选择 2000 年到 2100 年之间。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/periods.py" />
      <source>{month_name} {year}</source>
      <translation>{year}年{month_name}</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>After-sales summary report</source>
      <translation>售后汇总报表</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Appraisal: open months, edit templates, sign off, reopen</source>
      <translation>绩效考核：开启月份、编辑模板、签字确认、重新开启</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Appraise staff: supervisor and customer scores, month overview, appraisal report</source>
      <translation>考核员工：上级评估和客户评价、月度总览、考核报表</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Approve listing, delist</source>
      <translation>审核上架、下架</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Back up the database</source>
      <translation>备份数据库</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Build the weekly roster and edit shifts</source>
      <translation>编排每周排班、修改班次</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Change settings</source>
      <translation>修改设置</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Create and edit orders, record payments</source>
      <translation>新建和修改订单、登记收款</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit customers and revisit plans</source>
      <translation>修改客户和回访计划</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit products, submit for review</source>
      <translation>编辑商品、提交审核</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Edit staff records</source>
      <translation>编辑员工档案</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Everyone's attendance: import punches, correct days, approve leave</source>
      <translation>全员考勤：导入打卡、更正考勤、审批请假</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Export or erase a customer's personal data</source>
      <translation>导出或删除客户个人信息</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import platform order files</source>
      <translation>导入平台订单文件</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import platform refund files</source>
      <translation>导入平台退款文件</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Import products from Excel</source>
      <translation>从 Excel 导入商品</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Manage user accounts</source>
      <translation>管理用户账号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Not allowed: {action}. Your role ({role}) may not do this.</source>
      <translation>无权操作：{action}。您的岗位（{role}）不能执行此操作。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Override the return policy, decide escalated cases</source>
      <translation>特批售后政策，处理上报的售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Own appraisal: self-assessment, scoring colleagues, own result</source>
      <translation>本人考核：自评、同事互评、查看本人结果</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Post stocktake differences</source>
      <translation>过账盘点差异</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Read the growth fund statement</source>
      <translation>查看成长基金收支表</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Reassign after-sales cases, hand them over</source>
      <translation>转交、移交售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Receive returned goods, ship replacements</source>
      <translation>退货收货验货，寄出换货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record fines and rewards of staff</source>
      <translation>登记员工奖惩</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record growth fund spending</source>
      <translation>登记成长基金支出</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record inbound goods, damage, returns to supplier</source>
      <translation>登记入库、报损、退供应商</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Record weekly meetings and trainings</source>
      <translation>记录部门例会和培训</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Register and handle after-sales cases, record refunds</source>
      <translation>登记和处理售后单，登记退款</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Restore the database from a backup</source>
      <translation>用备份恢复数据库</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales reports</source>
      <translation>销售报表</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See and set wages</source>
      <translation>查看和设置工资</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See cost, profit and stock value</source>
      <translation>查看成本、利润和库存金额</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See full phone numbers and addresses</source>
      <translation>查看完整手机号和地址</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>See the roster; clock in and out; own attendance and leave; handover book</source>
      <translation>查看排班；上下班打卡；本人考勤和请假；交接本</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Set and change sale prices</source>
      <translation>设置和修改售价</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Ship orders</source>
      <translation>订单发货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Start stocktakes and enter counts</source>
      <translation>发起盘点并录入盘点数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View after-sales cases</source>
      <translation>查看售后单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View customers</source>
      <translation>查看客户</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View orders</source>
      <translation>查看订单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View products and stock</source>
      <translation>查看商品和库存</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View staff records</source>
      <translation>查看员工档案</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>View the audit log</source>
      <translation>查看操作日志</translation>
    </message>
    <message>
      <location filename="shopmanager/services/context.py" />
      <source>Your account is disabled. Ask the owner.</source>
      <translation>您的账号已停用，请联系店主。</translation>
    </message>
  </context>
  <context>
    <name>ProductForm</name>
    <message>
      <location filename="product.ui" />
      <source>&amp;Barcode</source>
      <translation>条码(&amp;B)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Category</source>
      <translation>类目(&amp;C)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Model</source>
      <translation>型号(&amp;M)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Name</source>
      <translation>名称(&amp;N)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>&amp;Origin</source>
      <translation>产地(&amp;O)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>B&amp;rand</source>
      <translation>品牌(&amp;R)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Basic information</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Choose picture…</source>
      <translation>选择图片…</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Cost (¥, owner only)</source>
      <translation>成本（元，仅店主）</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Dated batches in stock (first in, first out)</source>
      <translation>在库批次（先进先出）</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Description and policies</source>
      <translation>说明与政策</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Listing…</source>
      <translation>上架流程…</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Low-stock &amp;threshold</source>
      <translation>低库存预警线(&amp;T)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Main ingredients</source>
      <translation>主要成分</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Remove picture</source>
      <translation>删除图片</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Return policy</source>
      <translation>退换货政策</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>S&amp;KU</source>
      <translation>货号(&amp;K)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>S&amp;pecification</source>
      <translation>规格(&amp;P)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>S&amp;upplier</source>
      <translation>供应商(&amp;U)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Sale &amp;price (¥)</source>
      <translation>售价（元）(&amp;P)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Shelf &amp;life (days)</source>
      <translation>保质期（天）(&amp;L)</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Stock and batches</source>
      <translation>库存与批次</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Stock movements (newest first)</source>
      <translation>出入库记录（最新的在前）</translation>
    </message>
    <message>
      <location filename="product.ui" />
      <source>Usage</source>
      <translation>使用方法</translation>
    </message>
  </context>
  <context>
    <name>Products</name>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>'{action}' is not possible: the product is {status}.</source>
      <translation>无法“{action}”：该商品当前为“{status}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>All categories</source>
      <translation>全部类目</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Approve and list</source>
      <translation>审核通过并上架</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Barcode</source>
      <translation>条码</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Barcode {code} is already used by '{name}'.</source>
      <translation>条码 {code} 已被“{name}”使用。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Brand</source>
      <translation>品牌</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Cannot read the picture {file}: {reason}</source>
      <translation>无法读取图片 {file}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Categories…</source>
      <translation>类目…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Category</source>
      <translation>类目</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Category: required.</source>
      <translation>类目：必填。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Choose a picture</source>
      <translation>选择图片</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Delist</source>
      <translation>下架</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Delisted</source>
      <translation>已下架</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Edit product</source>
      <translation>编辑商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Import from Excel…</source>
      <translation>从 Excel 导入…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Listed</source>
      <translation>已上架</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Lists…</source>
      <translation>基础资料…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Low-stock threshold</source>
      <translation>低库存预警线</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Main ingredients</source>
      <translation>主要成分</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>New product</source>
      <translation>新建商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No alert filter</source>
      <translation>不按预警筛选</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No picture</source>
      <translation>无图片</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No products yet. Add one with New product (Ctrl+N), or bring your whole list from Excel with Import from Excel….</source>
      <translation>还没有商品。点“新建商品”（Ctrl+N）逐个添加，或用“从 Excel 导入…”一次导入整张商品表。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No products yet. The owner or operations add them.</source>
      <translation>还没有商品。商品由店主或运营录入。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Only the owner enters costs.</source>
      <translation>只有店主可以录入成本。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>Opening stock (new products)</source>
      <translation>期初库存（新商品）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Origin</source>
      <translation>产地</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Pending review</source>
      <translation>待审核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Picture</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
      <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Reason (kept in the history):</source>
      <translation>原因（记入历史记录）：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Received</source>
      <translation>入库时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Return policy</source>
      <translation>退换货政策</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>SKU</source>
      <translation>货号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>SKU {sku} is already used by '{name}'.</source>
      <translation>货号 {sku} 已被“{name}”使用。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Sale price</source>
      <translation>售价</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Save the product first, then add a picture.</source>
      <translation>请先保存商品，再添加图片。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Search name, SKU, barcode — or scan  (Ctrl+F)</source>
      <translation>搜索名称、货号、条码，或直接扫码  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Select a product first.</source>
      <translation>请先选择一个商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Send back to draft</source>
      <translation>退回草稿</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Set a sale price before listing.</source>
      <translation>上架前请先设置售价。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Shelf life (days)</source>
      <translation>保质期（天）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Someone else changed this product after you opened it. Close it, open it again and redo your change.</source>
      <translation>您打开这个商品后，别人修改了它。请关闭后重新打开，再做一次修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Specification</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/alerts.py" />
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Stock: {n}</source>
      <translation>库存：{n}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Submit for review</source>
      <translation>提交审核</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Supplier name: 1 to 100 characters.</source>
      <translation>供应商名称：1 到 100 个字符。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Suppliers…</source>
      <translation>供应商…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>That product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>The picture is larger than 10 MB.</source>
      <translation>图片大于 10 MB。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>There is already a category '{name}'.</source>
      <translation>已经有类目“{name}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>There is already a supplier '{name}'.</source>
      <translation>已经有供应商“{name}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>To complete (from order import)</source>
      <translation>待完善（来自订单导入）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Unknown listing action.</source>
      <translation>未知的上架操作。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Updated</source>
      <translation>修改时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>Usage</source>
      <translation>使用方法</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Your role may not change prices.</source>
      <translation>您的岗位不能修改价格。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/product_import.py" />
      <source>cost changed</source>
      <translation>成本已修改</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: '{value}' is not a whole number.</source>
      <translation>{field}：“{value}”不是整数。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: at most {n} characters.</source>
      <translation>{field}：最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: must be between 0 and 100,000,000.</source>
      <translation>{field}：必须在 0 到 100,000,000 之间。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: must be between 0 and 100000.</source>
      <translation>{field}：必须在 0 到 100000 之间。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{field}: required.</source>
      <translation>{field}：必填。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{file} is not a picture (PNG, JPEG, GIF, BMP or WebP).</source>
      <translation>{file} 不是图片（PNG、JPEG、GIF、BMP 或 WebP）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/products.py" />
      <source>{n} products use this category; move them first.</source>
      <translation>有 {n} 个商品使用这个类目，请先把它们移走。</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <location filename="shopmanager/services/sales.py" />
      <source>(nobody)</source>
      <translation>（无人）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Adding up the cases…</source>
      <translation>正在统计售后单…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Adding up the month…</source>
      <translation>正在汇总本月数据…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Adding up the stock ledger…</source>
      <translation>正在汇总出入库记录…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>After-sales and customers</source>
      <translation>售后与客户</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>After-sales summary</source>
      <translation>售后汇总</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>As of now ({date})</source>
      <translation>截至目前（{date}）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>At most a year at a time.</source>
      <translation>每次最多统计一年。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Average order value</source>
      <translation>客单价</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>By channel</source>
      <translation>按渠道</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>By product</source>
      <translation>按商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>By product (top {n})</source>
      <translation>按商品（前 {n} 名）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>By staff member</source>
      <translation>按员工</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Cannot save {path}: {reason}</source>
      <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/document.py" />
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Change</source>
      <translation>环比</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing qty</source>
      <translation>期末数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing stock (pieces)</source>
      <translation>期末库存（件）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing stock value</source>
      <translation>期末库存金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Closing value</source>
      <translation>期末金额</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/appraisal.py" />
      <source>Date: __________</source>
      <translation>日期：__________</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Days worked, late and early minutes, absences, missing punches and leave of everyone; the month day by day; each person's days for signing.</source>
      <translation>全员的出勤天数、迟到早退分钟、旷工、缺卡和请假；本月逐日考勤；每人的每日考勤，供签字确认。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Each employee's signed-off months, average, grade and rank.</source>
      <translation>每位员工已签核各月的得分、平均分、等级和名次。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Everyone's shifts, rest days and approved leave of the week, with conflicts.</source>
      <translation>本周全员的班次、休息和已批准的请假，标出冲突。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>From the stock ledger: opening = stock at the start of {start}; in = goods received, returns and stocktake surpluses; out = goods shipped (less cancelled shipments), damage, returns to suppliers and stocktake shortages; closing = opening + in − out.</source>
      <translation>按出入库记录汇总：期初 = {start} 开始时的库存；入库 = 采购入库、客户退货、盘盈；出库 = 销售发货（扣除取消的发货）、报损、退供应商、盘亏；期末 = 期初 + 入库 − 出库。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods in (pieces)</source>
      <translation>本期入库（件）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods in (value)</source>
      <translation>本期入库金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods out (pieces)</source>
      <translation>本期出库（件）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Goods out (value)</source>
      <translation>本期出库金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Gross profit</source>
      <translation>毛利</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Growth fund statement</source>
      <translation>部门成长基金收支表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>In qty</source>
      <translation>入库数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>In value</source>
      <translation>入库金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Inventory alerts</source>
      <translation>库存预警</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Low stock, expired and expiring batches and slow movers, as of now.</source>
      <translation>截至目前的低库存、已过期和临期批次、滞销商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Month-end stock statement</source>
      <translation>月末进销存报表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/sales.py" />
      <source>Month: choose a month between 2000 and 2100.</source>
      <translation>月份：请选择 2000 到 2100 年之间的月份。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Monthly attendance sheet</source>
      <translation>月度考勤表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Monthly sales report</source>
      <translation>月度销售报表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Movements of the period by kind</source>
      <translation>本期出入库（按类型）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>No stock and no movements in this period.</source>
      <translation>本期没有库存，也没有出入库。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>One form per employee (indicators, scores of every source, total, grade, comments, signature lines), then the team's ranking.</source>
      <translation>每位员工一张考核表（指标、各方评分、总分、等级、评语、签字栏），最后是团队排名。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening qty</source>
      <translation>期初数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening stock (pieces)</source>
      <translation>期初库存（件）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening stock value</source>
      <translation>期初库存金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Opening stock, goods in, goods out and closing stock of every product (values for the owner).</source>
      <translation>每个商品的期初库存、本期入库、本期出库和期末库存（金额仅店主可见）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Opening value</source>
      <translation>期初金额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Orders, sales and average order value; by day, channel, product and staff member, beside the previous month.</source>
      <translation>订单数、销售额、客单价；按天、渠道、商品、员工，并与上月对比。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Out qty</source>
      <translation>出库数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Out value</source>
      <translation>出库金额</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/document.py" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Paid orders of the month, cancelled and closed ones left out; amounts include freight ¥{freight}. {previous}: {orders} orders, ¥{amount}.</source>
      <translation>本月已付款订单，不含已取消和已关闭的；金额含运费 ¥{freight}。{previous}：{orders} 单，¥{amount}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Preparing {title}…</source>
      <translation>正在准备{title}…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Preview and print…</source>
      <translation>预览和打印…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Previous month</source>
      <translation>上月</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/document.py" />
      <source>Printed by {name} at {time}</source>
      <translation>打印人：{name}　打印时间：{time}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales</source>
      <translation>销售额</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Sales and orders</source>
      <translation>销售与订单</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales by channel (¥)</source>
      <translation>各渠道销售额（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales by day (¥)</source>
      <translation>每日销售额（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales by staff member (¥)</source>
      <translation>各员工销售额（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales report</source>
      <translation>销售报表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Sales report {month}</source>
      <translation>销售报表 {month}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Save as Excel</source>
      <translation>另存为 Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Save as Excel…</source>
      <translation>另存为 Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>Saved to {path}</source>
      <translation>已保存到 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Saving {title}…</source>
      <translation>正在保存{title}…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Stock statement {period}</source>
      <translation>进销存报表 {period}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Stock statement {period} → {file}</source>
      <translation>进销存报表 {period} → {file}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Stock {period}</source>
      <translation>进销存 {period}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>The department growth fund's income (fines) and spending of the month, with the running balance.</source>
      <translation>部门成长基金本月的收入（罚款）和支出，及逐笔余额。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>The first {n} of {total} products; save the statement as Excel for all of them.</source>
      <translation>只列出 {total} 个商品中的前 {n} 个；全部商品请另存为 Excel。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>The period ends before it starts.</source>
      <translation>截止日早于起始日。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>The printer could not be started.</source>
      <translation>无法启动打印机。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>There is no report '{name}'.</source>
      <translation>没有名为“{name}”的报表。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>This report has no Excel version.</source>
      <translation>这个报表没有 Excel 版本。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Value (cost)</source>
      <translation>金额（成本）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>Values are quantities × today's cost price.</source>
      <translation>金额 = 数量 × 当前成本价。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>Weekly roster</source>
      <translation>每周排班表</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>Your role has no reports.</source>
      <translation>您的岗位没有可看的报表。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/order_reports.py" />
      <source>{label} ({change} vs. {month})</source>
      <translation>{label}（较{month} {change}）</translation>
    </message>
    <message>
      <location filename="shopmanager/reports/blocks.py" />
      <source>{label}: ________________</source>
      <translation>{label}：________________</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>{name}: there is no such day.</source>
      <translation>{name}：没有这一天。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_report.py" />
      <source>{name}: write the day like 2026-11-01.</source>
      <translation>{name}：日期请写成 2026-11-01 的格式。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/printing.py" />
      <source>{n} page(s)</source>
      <translation>共 {n} 页</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock_reports.py" />
      <source>{n} products</source>
      <translation>{n} 个商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/reports.py" />
      <source>{title} saved to {path}</source>
      <translation>{title}已保存到 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/report_catalog.py" />
      <source>售后汇总, the supervisor's fortnightly review: cases and refunds by type, reason, product and staff member, the complaint rates, the products returned most.</source>
      <translation>售后汇总，主管每两周审阅：按类型、原因、商品和员工统计售后单与退款，投诉处理及时率与解决率，退货最多的商品。</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Customer service</source>
      <translation>客服</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Operations</source>
      <translation>运营</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Owner</source>
      <translation>店主</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Photographer / designer</source>
      <translation>摄影/设计</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Sales rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Shipping clerk</source>
      <translation>发货员</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="shopmanager/core/permissions.py" />
      <source>Warehouse</source>
      <translation>仓储</translation>
    </message>
  </context>
  <context>
    <name>Roster</name>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source> (next day)</source>
      <translation>（次日）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>&amp;Clear</source>
      <translation>清空(&amp;C)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>&amp;Rest day</source>
      <translation>休息(&amp;R)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>A shift cannot start and end at the same time.</source>
      <translation>班次的开始和结束时间不能相同。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>A shift named '{name}' exists already.</source>
      <translation>已有名为“{name}”的班次。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>An end before the start is the next morning (overnight shift).</source>
      <translation>结束时间早于开始时间表示次日早上结束（跨夜班）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Approved by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Assign</source>
      <translation>排入</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>Choose another week to copy from.</source>
      <translation>请选择另一周作为复制来源。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Choose colour…</source>
      <translation>选择颜色…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Conflicts ({n})</source>
      <translation>冲突（{n}）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Copy last week</source>
      <translation>复制上周</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Copy the roster of {source} to {target}?</source>
      <translation>把 {source} 的排班复制到 {target}?</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Edit shift</source>
      <translation>修改班次</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Ends (HH:MM)</source>
      <translation>结束（时:分）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Excel…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Hours</source>
      <translation>工时</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>In use</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Leave asked for, not yet approved: {kind}</source>
      <translation>已申请、尚未批准：{kind}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Made by</source>
      <translation>制表人</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>New shift</source>
      <translation>新建班次</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>New shift…</source>
      <translation>新建班次…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Not copied (left the shop): {names}</source>
      <translation>未复制（已离职）：{names}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>On leave: {kind}</source>
      <translation>请假：{kind}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Reading the roster…</source>
      <translation>正在读取排班…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>Rest</source>
      <translation>休息</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Rest day</source>
      <translation>休息</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Roster {week}</source>
      <translation>排班 {week}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Select cells, then choose a shift (or press 1–9), R for a rest day, Delete to clear. Right-click for the menu.</source>
      <translation>选中单元格后选择班次（或按数字键 1–9），按 R 设为休息，按 Delete 清空。右键可打开菜单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Select one or more cells of the grid first.</source>
      <translation>请先在表格中选中一个或多个单元格。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>Shift name: 1 to 20 characters.</source>
      <translation>班次名称：1 到 20 个字。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Shift to put in the selected cells (or press its number)</source>
      <translation>要排入所选单元格的班次（或按其编号）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Shifts</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Shifts: {list}</source>
      <translation>班次：{list}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Shifts…</source>
      <translation>班次…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Starts (HH:MM)</source>
      <translation>开始（时:分）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>That shift no longer exists.</source>
      <translation>该班次已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>The week of {day} has {n} roster entries already.</source>
      <translation>{day} 这一周已有 {n} 条排班。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster_common.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster_common.py" />
      <source>This week</source>
      <translation>本周</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>This week's entries are replaced.</source>
      <translation>本周已有的排班将被替换。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Times</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>Week: write it like 2026-W48.</source>
      <translation>周：格式如 2026-W48。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Weekly roster</source>
      <translation>每周排班表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Weekly roster {week}</source>
      <translation>每周排班表 {week}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>Your row is in bold.</source>
      <translation>你的一行以粗体显示。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>copied the week of {source} to the week of {target}: {n} entries</source>
      <translation>把 {source} 这一周复制到 {target} 这一周：{n} 条</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{field}: enter a time like 09:00.</source>
      <translation>{field}：请输入时间，格式如 09:00。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>{name} has left the shop (last working day {day}): no shifts after it.</source>
      <translation>{name} 已离职（最后工作日 {day}）：之后不能再排班。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{name} {day} falls in approved {leave} ({start} – {end}).</source>
      <translation>{name} {day} 在已批准的{leave}期间（{start} – {end}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{name} {day} overlaps {other} {other_day} ({start}–{end}).</source>
      <translation>{name} {day} 与 {other} {other_day}（{start}–{end}）时间重叠。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/roster.py" />
      <source>{name} {day}: this person left the shop (last working day {last}).</source>
      <translation>{name} {day}：此人已离职（最后工作日 {last}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>{n} entries copied.</source>
      <translation>已复制 {n} 条排班。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster.py" />
      <source>{person}: {message} Remove that shift first.</source>
      <translation>{person}:{message}请先删除那个班次。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/roster.py" />
      <source>⚠ {n} conflict(s): {list}</source>
      <translation>⚠ {n} 处冲突：{list}</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>1st complaint in a month: fine (¥)</source>
      <translation>当月第 1 次投诉罚款（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>2nd complaint in a month: fine (¥)</source>
      <translation>当月第 2 次投诉罚款（元）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>A case is overdue without a first response after (hours)</source>
      <translation>售后单未首次响应超过（小时）即为超时</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>A4 paper, 2 slips a page</source>
      <translation>A4 纸，每页 2 张</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>A4 paper, 3 slips a page</source>
      <translation>A4 纸，每页 3 张</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>After-sales</source>
      <translation>售后</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>After-sales summary covers (days)</source>
      <translation>售后汇总统计天数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>After-sales summary: worst products listed</source>
      <translation>售后汇总：列出退货率最高的商品数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Also back up when the program is closed</source>
      <translation>关闭程序时也备份</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Appraisal</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Appraisal due by day of the next month</source>
      <translation>考核截止日（次月几号）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Ask to change passwords after (days)</source>
      <translation>密码使用多少天后提醒修改</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Back up product pictures too</source>
      <translation>同时备份商品图片</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Backups</source>
      <translation>备份与恢复</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Complaint answered in time within (hours)</source>
      <translation>投诉及时处理时限（小时）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Daily backup at</source>
      <translation>每日备份时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Demo shop</source>
      <translation>演示店铺</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Fine for grade poor (¥, 0 = none)</source>
      <translation>考核较差罚款（元，0 = 不罚）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Fines and growth fund</source>
      <translation>奖惩与成长基金</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>From this complaint in a month on, the month's whole wage is forfeited</source>
      <translation>当月第几次投诉起扣除当月全部工资</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Grade average (一般) from total</source>
      <translation>“一般”最低分</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Grade excellent (优秀) from total</source>
      <translation>“优秀”最低分</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Grade good (良好) from total</source>
      <translation>“良好”最低分</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Inventory alerts</source>
      <translation>库存预警</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Keep daily backups (days)</source>
      <translation>保留每日备份（天）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Keep monthly backups (months)</source>
      <translation>保留每月备份（月）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Keep weekly backups (weeks)</source>
      <translation>保留每周备份（周）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Lateness grace period (minutes)</source>
      <translation>迟到宽限（分钟）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Low-stock threshold (pieces)</source>
      <translation>低库存预警线（件）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Nothing changed.</source>
      <translation>没有任何修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Orders and shipping</source>
      <translation>订单与发货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Packing slips</source>
      <translation>发货单</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Return address</source>
      <translation>退货地址</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Returns and exchanges: days after delivery (七天无理由)</source>
      <translation>退换货期限：签收后天数（七天无理由）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Reward for grade excellent (¥, 0 = none)</source>
      <translation>考核优秀奖励（元，0 = 不奖）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Same-day dispatch cut-off</source>
      <translation>当天发货截止时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Save settings</source>
      <translation>保存设置</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Security</source>
      <translation>安全</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Self-assessment opens on day (month end)</source>
      <translation>自评开放日（每月几号起）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop name</source>
      <translation>店铺名称</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop phone</source>
      <translation>店铺电话</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop profile</source>
      <translation>店铺资料</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Shop's language (each user may choose their own)</source>
      <translation>店铺默认语言（每位员工可自选）</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Show prices on packing slips</source>
      <translation>发货单上显示价格</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Slow mover: no sale for (days)</source>
      <translation>滞销：多少天没有销售</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Staff and attendance</source>
      <translation>排班与考勤</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Thermal label 100 × 150 mm</source>
      <translation>热敏标签 100 × 150 毫米</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/settings.py" />
      <source>These settings are shared by every PC of the shop.</source>
      <translation>这些设置对店里所有电脑生效。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Unknown setting '{key}'.</source>
      <translation>未知的设置项“{key}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Warn of expiry within (days)</source>
      <translation>临期提醒天数</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Weekly meeting day</source>
      <translation>部门例会日</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>Weekly meeting time</source>
      <translation>部门例会时间</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: at most {n} characters.</source>
      <translation>{name}：最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a time like 16:00.</source>
      <translation>{name}：请输入时间，如 16:00。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a whole folder path, like D:\Backups or /media/usb/backups.</source>
      <translation>{name}：请输入完整的文件夹路径，例如 D:\Backups 或 /media/usb/backups。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: enter a whole number.</source>
      <translation>{name}：请输入整数。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must be between {low} and {high}.</source>
      <translation>{name}：必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: must not be empty.</source>
      <translation>{name}：不能为空。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/settings.py" />
      <source>{name}: not one of the choices.</source>
      <translation>{name}：不在可选项中。</translation>
    </message>
  </context>
  <context>
    <name>Shipping</name>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source> (address not confirmed with the buyer)</source>
      <translation>（地址未与买家确认）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source> ({n} overdue)</source>
      <translation>（其中 {n} 件已超时）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>1. Scan or type the order number</source>
      <translation>1. 扫描或输入订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>2. Scan the parcel's tracking number</source>
      <translation>2. 扫描包裹的物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/core/tracking.py" />
      <source>A number pattern is empty.</source>
      <translation>单号规则不能为空。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Address not confirmed with the buyer.</source>
      <translation>地址尚未与买家核对。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Buyer's message: {text}</source>
      <translation>买家留言：{text}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>By</source>
      <translation>发货人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Cancel shipment</source>
      <translation>取消发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Cannot tell the carrier of {number} from its shape: choose the carrier above (or add its number pattern under Carriers…).</source>
      <translation>无法从单号 {number} 判断物流公司：请在上方选择物流公司（或在“物流公司…”中添加它的单号规则）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Carrier</source>
      <translation>物流公司</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Carrier by the number: {name}</source>
      <translation>按单号识别：{name}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Carrier does not match</source>
      <translation>物流公司不一致</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Carriers…</source>
      <translation>物流公司…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Cut-off {cutoff}: {left} left</source>
      <translation>{cutoff} 截单：还剩 {left}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Left to ship today: {n}</source>
      <translation>今天还有 {n} 件要发</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Not shipped: the carrier was not confirmed.</source>
      <translation>未发货：物流公司没有确认。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/tracking.py" />
      <source>Number pattern '{pattern}': use letters and digits as they are, # for a digit, @ for a letter, * for the rest, and {{12}} or {{12-15}} to repeat (for example SF#{{12-15}}).</source>
      <translation>单号规则“{pattern}”：字母和数字照写，# 代表数字，@ 代表字母，* 代表其余部分，{{12}} 或 {{12-15}} 表示重复次数（例如 SF#{{12-15}}）。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} has already shipped: {carrier} {tracking_no} at {time}.</source>
      <translation>订单 {order_no} 已于 {time} 发货：{carrier} {tracking_no}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} is not paid yet: do not ship it.</source>
      <translation>订单 {order_no} 尚未付款：不要发货。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} is {status}: do not ship it.</source>
      <translation>订单 {order_no} {status}：不要发货。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Order {order_no} is {status}: only paid orders can be shipped.</source>
      <translation>订单 {order_no} 为“{status}”：只有待发货的订单才能发货。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no} was changed by someone else just now; look at it again.</source>
      <translation>订单 {order_no} 刚被别人修改过，请重新查看。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Order {order_no}: pack {n} piece(s), then scan the parcel label.</source>
      <translation>订单 {order_no}：打包 {n} 件，然后扫描面单。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no}: {problem}</source>
      <translation>订单 {order_no}：{problem}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Order {order_no}: {problem} Record the goods received or correct the stock first.</source>
      <translation>订单 {order_no}：{problem} 请先登记到货入库或更正库存。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Past today's cut-off {cutoff}: orders paid now ship tomorrow.</source>
      <translation>已过今天 {cutoff} 截单时间：现在付款的订单明天发。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Recognise from the number</source>
      <translation>按单号自动识别</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Scan an order</source>
      <translation>请扫描订单号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Scan the order number and press Enter: check the items, then scan the parcel label. The order ships and the next one can be scanned.</source>
      <translation>扫描订单号并回车：核对商品后扫描面单。订单即发货，可以接着扫下一单。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Scan the parcel label</source>
      <translation>扫描包裹面单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Ship</source>
      <translation>发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Ship order {order_no}</source>
      <translation>订单 {order_no} 发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Ship with {name}</source>
      <translation>用{name}发货</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Shipment {tracking_no} belongs to an after-sales case; cancel it there.</source>
      <translation>物流单 {tracking_no} 属于售后，请在售后中取消。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>Shipment {tracking_no} was already cancelled.</source>
      <translation>物流单 {tracking_no} 已经取消过了。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/aftersales_case.py" />
      <source>Shipped</source>
      <translation>已发货</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Shipped, {n} piece(s)</source>
      <translation>已发货，{n} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Ship…</source>
      <translation>发货…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>That carrier no longer exists.</source>
      <translation>该物流公司已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>That shipment no longer exists.</source>
      <translation>该发货记录已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>The carrier {name} is no longer used; choose another.</source>
      <translation>物流公司 {name} 已停用，请选择其他物流公司。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>There is already a carrier '{name}'.</source>
      <translation>已经有物流公司“{name}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Tracking number</source>
      <translation>物流单号</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Tracking number '{value}': use 6 to 40 letters and digits.</source>
      <translation>物流单号“{value}”：请使用 6 到 40 位字母和数字。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Tracking number {number} does not look like a {chosen} number. Ship with {chosen} anyway?</source>
      <translation>单号 {number} 不像{chosen}的单号。仍用{chosen}发货吗？</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>Tracking number {number} looks like {recognised}, but {chosen} is chosen. Which carrier takes this parcel?</source>
      <translation>单号 {number} 看起来是{recognised}的，但选的是{chosen}。这个包裹由哪家发？</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Tracking number {tracking_no} is already used by order {order_no}.</source>
      <translation>物流单号 {tracking_no} 已被订单 {order_no} 使用。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/orders.py" />
      <source>Tracking number: required.</source>
      <translation>物流单号：必填。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/orders.py" />
      <source>Why is shipment {tracking} cancelled? The stock comes back.</source>
      <translation>为什么取消物流单 {tracking}？库存会退回。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{h} h {m} min</source>
      <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{item} × {qty}</source>
      <translation>{item} × {qty}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{m} min</source>
      <translation>{m} 分</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{number} is a parcel's tracking number: scan the order number first.</source>
      <translation>{number} 是包裹的物流单号：请先扫描订单号。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{n} pcs</source>
      <translation>{n} 件</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/batch_shipping.py" />
      <source>{order_no} shipped with {carrier}. {n} shipped in this session. Next order…</source>
      <translation>{order_no} 已用{carrier}发货。本次已发 {n} 单。请扫下一单…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/shipping.py" />
      <source>{order_no}: shipment {tracking_no} cancelled ({reason})</source>
      <translation>{order_no}：物流单 {tracking_no} 已取消（{reason}）</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>(nobody: the items stay with the leaver)</source>
      <translation>（无人接手：事项仍留在离职人员名下）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Base monthly wage</source>
      <translation>月基本工资</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Base monthly wage: an amount from 0 to 10,000,000.</source>
      <translation>月基本工资：0 到 10,000,000 之间的金额。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Confirm leaving</source>
      <translation>确认离职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Employed</source>
      <translation>在职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Hand over to</source>
      <translation>交接给</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>Hand over to a colleague who is still employed.</source>
      <translation>请交接给仍在职的同事。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Last working day</source>
      <translation>最后工作日</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Left</source>
      <translation>离职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Name: 1 to 40 characters.</source>
      <translation>姓名：1 到 40 个字符。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Only the owner sets wages.</source>
      <translation>只有店主可以设置工资。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Open after-sales cases: {n}.</source>
      <translation>未结售后单：{n} 件。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Open handover items</source>
      <translation>未接手的交接事项</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Open orders</source>
      <translation>未完成订单</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Shifts after the last day (removed): {n}. Leave waiting for approval (withdrawn): {pending}.</source>
      <translation>最后工作日之后的排班（将删除）：{n} 个。待审批的请假（将撤回）：{pending} 条。</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Staff number {no} already belongs to {name}.</source>
      <translation>工号 {no} 已属于 {name}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Staff number: up to 20 letters or digits (e.g. 0007).</source>
      <translation>工号：最多 20 个字母或数字（如 0007）。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>Their accounts are disabled at once: {accounts}.</source>
      <translation>其账号将立即停用：{accounts}。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>User account</source>
      <translation>登录账号</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>handed over from {old} to {new} (left the shop)</source>
      <translation>由 {old} 交接给 {new}（离职）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>withdrawn: left the shop</source>
      <translation>已撤回：离职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>{name} has already left the shop.</source>
      <translation>{name} 已经离职。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>{name} has left: {accounts} account(s) disabled, {orders} orders, {cases} cases and {items} handover items handed over, {shifts} shifts removed.</source>
      <translation>{name} 已离职：停用 {accounts} 个账号，交接订单 {orders} 个、售后单 {cases} 件、交接事项 {items} 条，删除排班 {shifts} 个。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>{name} leaves the shop (离职)</source>
      <translation>{name} 离职</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>{name} left (last day {day}); {n} account(s) disabled; {orders} orders, {cases} cases, {items} handover items handed over. {note}</source>
      <translation>{name} 离职（最后工作日 {day}）；停用 {n} 个账号；交接订单 {orders} 个、售后单 {cases} 件、交接事项 {items} 条。{note}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>{name} left the shop</source>
      <translation>{name} 已离职</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/leaving.py" />
      <source>{name} still holds open work and nobody takes it over. Leave it with them?</source>
      <translation>{name} 还有未完成的工作且无人接手。仍留在其名下吗？</translation>
    </message>
  </context>
  <context>
    <name>StaffMemberForm</name>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Hire date</source>
      <translation>入职日期(&amp;H)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Name</source>
      <translation>名称(&amp;N)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Phone</source>
      <translation>电话(&amp;P)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>&amp;Role</source>
      <translation>岗位(&amp;R)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>Base monthly &amp;wage</source>
      <translation>月基本工资(&amp;W)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>N&amp;otes</source>
      <translation>备注(&amp;O)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>Staff &amp;no. (工号)</source>
      <translation>工号(&amp;N)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>User &amp;account</source>
      <translation>登录账号(&amp;A)</translation>
    </message>
    <message>
      <location filename="staff_member.ui" />
      <source>empty: the next free number</source>
      <translation>留空：自动取下一个工号</translation>
    </message>
  </context>
  <context>
    <name>Stock</name>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>(no date)</source>
      <translation>（无日期）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>(no supplier)</source>
      <translation>（无供应商）</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>A customer's return is received on its after-sales case (After-sales → Receive goods), so that the case, the refund and the inspection go with it.</source>
      <translation>客户退货请在对应的售后单上收货（售后登记 → 收货验货），售后单、退款和验货记录才能对应起来。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Add at least one product to the receipt.</source>
      <translation>入库单至少要有一个商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Add line</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Adjustment</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>All movements</source>
      <translation>全部出入库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Below threshold</source>
      <translation>低于预警线</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Book damage, a return or a correction of the selected product's stock</source>
      <translation>为所选商品登记报损、退货或库存调整</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Current stock: {n}. Damage and returns to the supplier take stock out; an adjustment may be negative.</source>
      <translation>当前库存：{n}。报损和退供应商会减少库存；调整可以是负数。</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Customer return</source>
      <translation>客户退货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Damage</source>
      <translation>报损</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Damage / return / adjust…</source>
      <translation>报损/退货/调整…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Damage, return or adjustment — {sku}</source>
      <translation>报损、退货或调整 — {sku}</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Defective goods in</source>
      <translation>次品入库</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Defective goods out</source>
      <translation>次品出库</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Inbound</source>
      <translation>采购入库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Line {n}: the production date is in the future.</source>
      <translation>第 {n} 行：生产日期在未来。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Line {n}: the quantity must be more than 0.</source>
      <translation>第 {n} 行：数量必须大于 0。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Movement</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No product has the SKU or barcode '{code}'.</source>
      <translation>没有货号或条码为“{code}”的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>No stock movements yet. Receiving goods, shipping orders, damage and stocktakes are written here.</source>
      <translation>还没有出入库记录。到货入库、订单发货、报损和盘点都会记录在这里。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Not enough stock of {sku}: {have} in stock, {want} needed.</source>
      <translation>{sku} 库存不足：现有 {have} 件，需要 {want} 件。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Opening stock</source>
      <translation>期初库存</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Post receipt</source>
      <translation>确认入库</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Quantity: must be more than 0.</source>
      <translation>数量：必须大于 0。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Quantity: must not be 0.</source>
      <translation>数量：不能为 0。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Reason / reference</source>
      <translation>原因/单据</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Reason: say why the stock changes.</source>
      <translation>原因：请说明库存变动的原因。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Receive goods</source>
      <translation>到货入库</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Receive goods…</source>
      <translation>到货入库…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Remove line</source>
      <translation>删除一行</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Returned to supplier</source>
      <translation>退供应商</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>SKU or barcode  (Ctrl+F)</source>
      <translation>货号或条码  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Sale shipped</source>
      <translation>销售出库</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>Scan or type SKU / barcode, then Enter</source>
      <translation>扫描或输入货号/条码，然后按回车</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Shipment cancelled</source>
      <translation>取消发货回库</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Stock after</source>
      <translation>结存</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Stock list</source>
      <translation>库存清单</translation>
    </message>
    <message>
      <location filename="shopmanager/cli_commands.py" />
      <source>Stock movements</source>
      <translation>出入库记录</translation>
    </message>
    <message>
      <location filename="shopmanager/core/inventory.py" />
      <source>Stocktake difference</source>
      <translation>盘点差异</translation>
    </message>
    <message>
      <location filename="shopmanager/services/aftersales_goods.py" />
      <source>That product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>That supplier no longer exists.</source>
      <translation>该供应商已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>This kind of movement cannot be entered by hand.</source>
      <translation>这种出入库类型不能手工录入。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/products.py" />
      <source>What happened</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stock.py" />
      <source>{n} line(s), {qty} pieces</source>
      <translation>{n} 行，共 {qty} 件</translation>
    </message>
  </context>
  <context>
    <name>Stocktake</name>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>All lines</source>
      <translation>全部明细</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>All products</source>
      <translation>全部商品</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Approved by</source>
      <translation>审批人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/audit_labels.py" />
      <source>Blind count</source>
      <translation>盲盘</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Blind count: counters do not see the book stock</source>
      <translation>盲盘：盘点人看不到账面库存</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Book stock</source>
      <translation>账面库存</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>By</source>
      <translation>发起人</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Cancel stocktake</source>
      <translation>取消盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Cancel this stocktake? The counts are kept for reference, stock is not changed.</source>
      <translation>取消这次盘点？已录入的盘点数保留备查，库存不会改变。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Checked by</source>
      <translation>复核人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Count sheet</source>
      <translation>盘点表</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Counted at</source>
      <translation>盘点时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Counted by</source>
      <translation>盘点人</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Counted quantity: 0 or more.</source>
      <translation>实盘数：须为 0 或以上。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Counting</source>
      <translation>盘点中</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Difference</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Differences</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Differences only</source>
      <translation>仅看差异</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Each scan adds 1</source>
      <translation>每扫一次加 1</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Goes back to 1 after each count, so a scanner's Enter never counts the previous quantity again.</source>
      <translation>每盘一次后回到 1，扫码枪的回车不会再按上一次的数量记数。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Lines</source>
      <translation>明细</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Name: for example 'Monthly count November'.</source>
      <translation>名称：例如“十一月月度盘点”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>New stocktake</source>
      <translation>新建盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>New stocktake…</source>
      <translation>新建盘点…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>No differences.</source>
      <translation>没有差异。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>No product has the SKU or barcode '{code}'.</source>
      <translation>没有货号或条码为“{code}”的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Not counted yet</source>
      <translation>尚未盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Nothing was counted yet.</source>
      <translation>还没有盘点任何商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Post</source>
      <translation>过账</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Post differences…</source>
      <translation>过账差异…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Post {n} differences as stock adjustments? The stocktake is closed afterwards.</source>
      <translation>将 {n} 个差异过账为库存调整？过账后本次盘点结束。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>Posted</source>
      <translation>已过账</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Print count sheet…</source>
      <translation>打印盘点表…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Print differences…</source>
      <translation>打印差异表…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Review differences</source>
      <translation>复核差异</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Scan or type SKU / barcode and Enter to count; type a name to find it  (Ctrl+F)</source>
      <translation>扫描或输入货号/条码后回车记数；输入名称可查找  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Select a stocktake above, or start a new one.</source>
      <translation>请在上方选择一次盘点，或新建盘点。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Start counting</source>
      <translation>开始盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Stocktake</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Stocktake differences</source>
      <translation>盘点差异表</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>Stocktake {date}</source>
      <translation>{date} 盘点</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>That stocktake no longer exists.</source>
      <translation>该盘点已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>There are no products to count.</source>
      <translation>没有需要盘点的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>This is a blind count: the differences are shown to a supervisor once the counting is done.</source>
      <translation>这是盲盘：差异在盘点完成后只给主管看。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>This product is not on this count sheet.</source>
      <translation>该商品不在本次盘点表中。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>This stocktake has no products to count.</source>
      <translation>这次盘点没有需要清点的商品。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>This stocktake is {status}: counts can no longer change.</source>
      <translation>本次盘点已{status}：盘点数不能再修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="shopmanager/services/inventory_reports.py" />
      <source>Value (cost)</source>
      <translation>金额（成本）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{name} — {status} — counted {counted} of {lines} (blind count)</source>
      <translation>{name} — {status} — 已盘 {counted}/{lines}（盲盘）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{name} — {status} — counted {counted} of {lines}, {diff} differences</source>
      <translation>{name} — {status} — 已盘 {counted}/{lines}，差异 {diff} 个</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>{name}: {n} differences posted, {counted} of the products counted</source>
      <translation>{name}：过账差异 {n} 个，已盘商品 {counted} 个</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>{name}: {n} products</source>
      <translation>{name}：{n} 个商品</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{n} differences posted.</source>
      <translation>已过账 {n} 个差异。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/stocktake.py" />
      <source>{n} differences reviewed</source>
      <translation>复核了 {n} 条差异</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/stocktake.py" />
      <source>{sku} {name}: {n} counted</source>
      <translation>{sku} {name}：已盘 {n}</translation>
    </message>
  </context>
  <context>
    <name>SupplierForm</name>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Address</source>
      <translation>地址(&amp;A)</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Contact person</source>
      <translation>联系人(&amp;C)</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Name</source>
      <translation>名称(&amp;N)</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>&amp;Phone</source>
      <translation>电话(&amp;P)</translation>
    </message>
    <message>
      <location filename="supplier.ui" />
      <source>N&amp;otes</source>
      <translation>备注(&amp;O)</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>1 row</source>
      <translation>共 1 行</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/appraisal.py" />
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/exports.py" />
      <source>Exporting to Excel…</source>
      <translation>正在导出到 Excel…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/overflow.py" />
      <source>More</source>
      <translation>更多</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Nothing here yet.</source>
      <translation>这里还没有内容。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Nothing matches these filters.</source>
      <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Nothing matches “{text}”. Clear the search box (Esc) or change the filters.</source>
      <translation>没有与“{text}”匹配的记录。清空搜索框（Esc）或更改筛选条件。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>Search…  (Ctrl+F)</source>
      <translation>搜索…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/overflow.py" />
      <source>What does not fit in this row</source>
      <translation>这一行放不下的按钮和筛选</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>more than {n} rows</source>
      <translation>超过 {n} 行</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>{n} rows</source>
      <translation>共 {n} 行</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/exporting.py" />
      <source>{n} rows exported to {path}</source>
      <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_reports.py" />
      <source>{n} rows → {file}</source>
      <translation>{n} 行 → {file}</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/widgets/table_page.py" />
      <source>{n}+ rows (scroll for more)</source>
      <translation>{n}+ 行（向下滚动查看更多）</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>An unexpected error stopped the work; nothing was saved. Details are in the log file {path}.</source>
      <translation>意外错误中断了操作，没有保存任何内容。详细信息见日志文件 {path}。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="shopmanager/core/progress.py" />
      <source>Cancelled. Nothing was changed.</source>
      <translation>已取消，没有做任何修改。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/tasks.py" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
  </context>
  <context>
    <name>Training</name>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Attended</source>
      <translation>参加</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Attendees</source>
      <translation>参加人数</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Average score</source>
      <translation>平均成绩</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Comment</source>
      <translation>评语</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Content and notes</source>
      <translation>培训内容与备注</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>List who attended.</source>
      <translation>请列出参加人员。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>New training record…</source>
      <translation>新建培训记录…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Score (0–100)</source>
      <translation>考核成绩（0–100）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Select a training first.</source>
      <translation>请先选择一次培训。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Someone is listed twice.</source>
      <translation>有人被列了两次。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>That training record no longer exists.</source>
      <translation>该培训记录已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Topic</source>
      <translation>培训主题</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>Topic: 1 to 100 characters.</source>
      <translation>培训主题：1 到 100 个字。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Trainer</source>
      <translation>培训讲师</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Training record</source>
      <translation>培训记录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/meetings.py" />
      <source>Training records</source>
      <translation>培训记录</translation>
    </message>
    <message>
      <location filename="shopmanager/services/meetings.py" />
      <source>{name}: a score from 0 to 100.</source>
      <translation>{name}：成绩应在 0 到 100 之间。</translation>
    </message>
  </context>
  <context>
    <name>UserAccountForm</name>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Role</source>
      <translation>岗位(&amp;R)</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Staff member</source>
      <translation>员工(&amp;S)</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;Temporary password</source>
      <translation>临时密码(&amp;T)</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>&amp;User name</source>
      <translation>用户名(&amp;U)</translation>
    </message>
    <message>
      <location filename="user_account.ui" />
      <source>The user must change this temporary password at first login.</source>
      <translation>用户首次登录时必须修改这个临时密码。</translation>
    </message>
  </context>
  <context>
    <name>Users</name>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Accounts</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Active</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role</source>
      <translation>更改岗位</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Change role…</source>
      <translation>更改岗位…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Choose a password different from the current one.</source>
      <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable / enable</source>
      <translation>停用 / 启用</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disable the account {name}? They can no longer log in; their records stay.</source>
      <translation>停用账号 {name}？该账号将无法登录，其记录保留。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit staff member</source>
      <translation>编辑员工</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>Enter the owner's name.</source>
      <translation>请输入店主姓名。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_audit.py" />
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Last login</source>
      <translation>上次登录</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Mark as left…</source>
      <translation>办理离职…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account</source>
      <translation>新建账号</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New account…</source>
      <translation>新建账号…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New role of {name}:</source>
      <translation>{name} 的新岗位：</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member</source>
      <translation>新增员工</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>New staff member…</source>
      <translation>新增员工…</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Permission</source>
      <translation>权限</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <location filename="shopmanager/services/roster_reports.py" />
      <source>Role</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Roles and permissions</source>
      <translation>岗位与权限</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select a staff member first.</source>
      <translation>请先选择一位员工。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Select an account first.</source>
      <translation>请先选择一个账号。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>Temporary password for {name} (they must change it at next login):</source>
      <translation>{name} 的临时密码（下次登录时必须修改）：</translation>
    </message>
    <message>
      <location filename="shopmanager/services/appraisal_templates.py" />
      <source>That staff member no longer exists.</source>
      <translation>该员工已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>That user account no longer exists.</source>
      <translation>该用户账号已不存在。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>The current password is wrong.</source>
      <translation>当前密码不正确。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>The password of {name} was reset.</source>
      <translation>{name} 的密码已重置。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/leaving.py" />
      <source>The shop needs at least one active owner account.</source>
      <translation>店铺至少需要一个在用的店主账号。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>The user name '{name}' is taken.</source>
      <translation>用户名“{name}”已被使用。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>This shop is already set up. Log in instead.</source>
      <translation>店铺已经设置好了，请直接登录。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>Unknown language '{language}'.</source>
      <translation>未知的语言“{language}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/staff.py" />
      <source>Unknown role '{role}'.</source>
      <translation>未知的岗位“{role}”。</translation>
    </message>
    <message>
      <location filename="shopmanager/ui/pages/users.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>User name: 2 to 40 characters, no spaces.</source>
      <translation>用户名：2 到 40 个字符，不能有空格。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>You cannot disable your own account.</source>
      <translation>不能停用自己的账号。</translation>
    </message>
    <message>
      <location filename="shopmanager/services/auth.py" />
      <source>changed own password</source>
      <translation>修改了自己的密码</translation>
    </message>
    <message>
      <location filename="shopmanager/services/users.py" />
      <source>password reset by {name}</source>
      <translation>由 {name} 重置密码</translation>
    </message>
  </context>
</TS>
