<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>发生意外错误：{error}

详细信息已写入日志。</source>
        <translation>An unexpected error occurred: {error}

Details have been written to the log.</translation>
    </message>
    <message>
        <source>数据库设置</source>
        <translation>Database settings</translation>
    </message>
    <message>
        <source>SQLite 文件路径，或 PostgreSQL 地址（postgresql://用户@服务器/库名）；留空使用默认位置：</source>
        <translation>SQLite file path, or PostgreSQL address (postgresql://user@server/dbname); leave empty for the default location:</translation>
    </message>
    <message>
        <source>数据库升级失败：{e}</source>
        <translation>Database upgrade failed: {e}</translation>
    </message>
    <message>
        <source>无法连接数据库：{e}</source>
        <translation>Cannot connect to the database: {e}</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>{reason}

可以修改数据库设置后重试，或退出程序。</source>
        <translation>{reason}

You can change the database settings and try again, or quit.</translation>
    </message>
    <message>
        <source>修改数据库设置…</source>
        <translation>Change database settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>双随机抽查工作台</source>
        <translation>Double-Random Inspection Workbench</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>数据备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>只有管理员可以修改备份策略、备份和恢复数据库。</source>
        <translation>Only administrators can change the backup policy, back up and restore the database.</translation>
    </message>
    <message>
        <source>已有的备份（最新的在前）：</source>
        <translation>Existing backups (newest first):</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>备份策略</source>
        <translation>Backup policy</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>不自动备份</source>
        <translation>No automatic backup</translation>
    </message>
    <message>
        <source>保存策略(&amp;S)</source>
        <translation>&amp;Save policy</translation>
    </message>
    <message>
        <source>备份目录：</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>保留最新：</source>
        <translation>Keep latest:</translation>
    </message>
    <message>
        <source>自动备份间隔：</source>
        <translation>Automatic backup every:</translation>
    </message>
    <message>
        <source>上次备份：</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库不自动备份，请由服务器管理员定期执行 pg_dump。</source>
        <translation>PostgreSQL databases are not backed up automatically; the server administrator should run pg_dump regularly.</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>恢复(&amp;R)…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>打开备份目录(&amp;O)</source>
        <translation>&amp;Open backup folder</translation>
    </message>
    <message>
        <source>PostgreSQL 备份与恢复</source>
        <translation>PostgreSQL backup and restore</translation>
    </message>
    <message>
        <source>运行 pg_dump(&amp;P)</source>
        <translation>Run &amp;pg_dump</translation>
    </message>
    <message>
        <source>pg_dump：{path}</source>
        <translation>pg_dump: {path}</translation>
    </message>
    <message>
        <source>本机未安装 pg_dump（PostgreSQL 客户端工具），只能由服务器管理员备份。</source>
        <translation>pg_dump (PostgreSQL client tools) is not installed on this computer; only the server administrator can make backups.</translation>
    </message>
    <message>
        <source>尚未备份</source>
        <translation>Not backed up yet</translation>
    </message>
    <message>
        <source>选择备份目录</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>备份策略已保存。</source>
        <translation>Backup policy saved.</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>已备份并校验：{path}</source>
        <translation>Backed up and verified: {path}</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <source>将用备份文件“{name}”替换当前数据库中的全部数据。

恢复前会先校验该备份，并把当前数据自动备份到：
{folder}

恢复后需要重新启动程序。确定恢复吗？</source>
        <translation>All data in the current database will be replaced by the backup file “{name}”.

The backup is verified first, and the current data is backed up automatically to:
{folder}

The program must be restarted after the restore. Restore now?</translation>
    </message>
    <message>
        <source>正在校验并恢复数据库…</source>
        <translation>Verifying and restoring the database…</translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据已自动备份为：{path}</source>
        <translation>Restored. The data before the restore was backed up as: {path}</translation>
    </message>
    <message>
        <source>数据库已恢复。恢复前的数据已自动备份为：
{path}

请重新启动程序（或重新打开数据库）后继续工作。</source>
        <translation>The database has been restored. The data before the restore was backed up as:
{path}

Please restart the program (or reopen the database) before you continue.</translation>
    </message>
    <message>
        <source>正在运行 pg_dump…</source>
        <translation>Running pg_dump…</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>正在自动备份数据库…</source>
        <translation>Backing up the database automatically…</translation>
    </message>
    <message>
        <source>已自动备份数据库：{name}</source>
        <translation>Database backed up automatically: {name}</translation>
    </message>
    <message>
        <source>自动备份失败：{reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>暂无数据</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>搜索(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>按名称或统一社会信用代码搜索</source>
        <translation>Search by name or unified social credit code</translation>
    </message>
    <message>
        <source>按姓名或警号/工号搜索</source>
        <translation>Search by name or badge / staff no.</translation>
    </message>
    <message>
        <source>按事项名称或编号搜索</source>
        <translation>Search by item name or code</translation>
    </message>
    <message>
        <source>按名称或编码搜索</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <source>仅显示在册对象</source>
        <translation>Only registered targets</translation>
    </message>
    <message>
        <source>仅显示在岗人员</source>
        <translation>Only inspectors on duty</translation>
    </message>
    <message>
        <source>仅显示在用事项</source>
        <translation>Only items in use</translation>
    </message>
    <message>
        <source>仅显示有效记录</source>
        <translation>Only valid records</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
</context>
<context>
    <name>CheckPointEditor</name>
    <message>
        <source>检查内容</source>
        <translation>Check point</translation>
    </message>
    <message>
        <source>操作方法与要领</source>
        <translation>Method and key points</translation>
    </message>
    <message>
        <source>添加一条(&amp;A)</source>
        <translation>&amp;Add one</translation>
    </message>
    <message>
        <source>删除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>下移(&amp;W)</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>双击或按 F2 编辑；每行一条检查内容</source>
        <translation>Double-click or press F2 to edit; one check point per line</translation>
    </message>
    <message>
        <source>尚无检查内容，点“添加一条”</source>
        <translation>No check points yet; click “Add one”</translation>
    </message>
</context>
<context>
    <name>CommitStep</name>
    <message>
        <source>系统用操作系统的安全随机数生成一个保密的密钥，并公布它与冻结文件共同计算出的承诺值。承诺值公布（并打印）之后，才请见证人写下数字；揭示密钥后任何人都可核对承诺值。</source>
        <translation>The system generates a secret key with the operating system's secure random number generator and publishes the commitment computed from it and the frozen files. Only after the commitment is published (and printed) are the witnesses asked to write down their digits; once the key is revealed, anyone can check the commitment.</translation>
    </message>
    <message>
        <source>生成并公布承诺值(&amp;C)</source>
        <translation>Generate and publish the &amp;commitment</translation>
    </message>
    <message>
        <source>承诺值（SHA-256）</source>
        <translation>Commitment (SHA-256)</translation>
    </message>
    <message>
        <source>尚未生成</source>
        <translation>Not generated yet</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>登记回避关系</source>
        <translation>Register a conflict of interest</translation>
    </message>
    <message>
        <source>执法检查人员(&amp;P)</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>检查对象(&amp;O)</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>如：近亲属在该单位任职；曾在该单位工作；有利害关系</source>
        <translation>e.g. a close relative works there; formerly employed there; has an interest in it</translation>
    </message>
    <message>
        <source>设定截止日期(&amp;E)</source>
        <translation>Set an &amp;end date</translation>
    </message>
    <message>
        <source>回避原因(&amp;R)：</source>
        <translation>&amp;Reason for recusal:</translation>
    </message>
    <message>
        <source>期限：</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请在左侧搜索并选择一名执法检查人员。</source>
        <translation>Search and select an inspector on the left.</translation>
    </message>
    <message>
        <source>请在右侧搜索并选择一个检查对象。</source>
        <translation>Search and select a target on the right.</translation>
    </message>
    <message>
        <source>请填写回避原因。</source>
        <translation>Please enter the reason for recusal.</translation>
    </message>
    <message>
        <source>截止日期不能早于今天。</source>
        <translation>The end date cannot be earlier than today.</translation>
    </message>
    <message>
        <source>{error}

未作任何修改。</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>登记回避(&amp;N)…</source>
        <translation>&amp;New conflict…</translation>
    </message>
    <message>
        <source>结束回避(&amp;E)…</source>
        <translation>&amp;End conflict…</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>下载模板(&amp;T)…</source>
        <translation>Download &amp;template…</translation>
    </message>
    <message>
        <source>按姓名、警号、检查对象名称或代码筛选</source>
        <translation>Filter by name, badge no., target name or code</translation>
    </message>
    <message>
        <source>搜索(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>显示已结束的</source>
        <translation>Show ended</translation>
    </message>
    <message>
        <source>警号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>检查对象名称</source>
        <translation>Target name</translation>
    </message>
    <message>
        <source>回避原因</source>
        <translation>Reason for recusal</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>Indefinite</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>结束回避</source>
        <translation>End conflict</translation>
    </message>
    <message>
        <source>结束{name}（{staff_no}）与“{target}”的回避关系？
结束后该人员可被匹配到该检查对象，记录保留。</source>
        <translation>End the conflict between {name} ({staff_no}) and “{target}”?
Afterwards this inspector can be matched to this target; the record is kept.</translation>
    </message>
    <message>
        <source>请填写结束回避的原因（如：亲属已离职）：</source>
        <translation>Please give the reason for ending the conflict (e.g. the relative has left):</translation>
    </message>
    <message>
        <source>{error}

未作任何修改。</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
    <message>
        <source>导出回避关系</source>
        <translation>Export conflicts</translation>
    </message>
    <message>
        <source>回避关系_{day}.xlsx</source>
        <translation>Conflicts_{day}.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出{n}条记录。</source>
        <translation>{n} records exported.</translation>
    </message>
    <message>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <source>回避关系导入模板.xlsx</source>
        <translation>Conflicts import template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正公示结果</source>
        <translation>Correct a published result</translation>
    </message>
    <message>
        <source>检查对象：{target}（{code}）
当前公示结果（第{v}版）：{result}</source>
        <translation>Target: {target} ({code})
Current published result (version {v}): {result}</translation>
    </message>
    <message>
        <source>可从检查结果类别中选择，也可直接填写；多项用“、”分隔</source>
        <translation>Choose from the result categories or type freely; separate several with “、”</translation>
    </message>
    <message>
        <source>更正原因（必填），如：录入错误，经复查更正</source>
        <translation>Reason for the correction (required), e.g. entry error, corrected after re-examination</translation>
    </message>
    <message>
        <source>签字的主要负责人姓名</source>
        <translation>Name of the principal who signs</translation>
    </message>
    <message>
        <source>更正后的结果(&amp;N)：</source>
        <translation>Corrected &amp;result:</translation>
    </message>
    <message>
        <source>更正原因(&amp;R)：</source>
        <translation>&amp;Reason for the correction:</translation>
    </message>
    <message>
        <source>主要负责人(&amp;M)：</source>
        <translation>&amp;Principal:</translation>
    </message>
    <message>
        <source>签字日期(&amp;D)：</source>
        <translation>Signed on (&amp;D):</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>将{target}的公示结果由“{old}”更正为“{new}”（第{v}版）。
原结果作为历史版本保留，更正不能撤回。确认更正？</source>
        <translation>The published result of {target} will be corrected from “{old}” to “{new}” (version {v}).
The original result is kept as a past version; a correction cannot be undone. Confirm the correction?</translation>
    </message>
    <message>
        <source>无法更正</source>
        <translation>Cannot correct</translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <source>年度(&amp;N)：</source>
        <translation>Year (&amp;N):</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export Excel…</translation>
    </message>
    <message>
        <source>列入条件：检查结果为“不配合检查”类，或后续处置含“失信”，且已公示（按最新更正版本）。</source>
        <translation>Listed when: the result is of the “did not cooperate” kind, or the follow-up action includes “dishonest”, and it has been published (latest correction counts).</translation>
    </message>
    <message>
        <source>抽查任务编号</source>
        <translation>Task number</translation>
    </message>
    <message>
        <source>对象名称</source>
        <translation>Target name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>列入原因</source>
        <translation>Reason for listing</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>共{n}条</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>导出信用平台数据</source>
        <translation>Export credit platform data</translation>
    </message>
    <message>
        <source>信用平台报送_{year}年.xlsx</source>
        <translation>Credit platform report_{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>期限提醒（工作日）</source>
        <translation>Deadlines (working days)</translation>
    </message>
    <message>
        <source>只看逾期和即将到期(&amp;U)</source>
        <translation>Only overdue and d&amp;ue soon</translation>
    </message>
    <message>
        <source>任务 / 责任人 / 事项</source>
        <translation>Task / responsible person / matter</translation>
    </message>
    <message>
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>无法计算</source>
        <translation>Cannot be calculated</translation>
    </message>
    <message>
        <source>已逾期 {overdue} 项，即将到期 {soon} 项，未到期 {due} 项，无法计算 {unknown} 项</source>
        <translation>{overdue} overdue, {soon} due soon, {due} not yet due, {unknown} cannot be calculated</translation>
    </message>
    <message>
        <source>目前没有待办期限。</source>
        <translation>No pending deadlines at the moment.</translation>
    </message>
    <message>
        <source>{number}　{name}　（{n}项，{status}）</source>
        <translation>{number}　{name}　({n} matters, {status})</translation>
    </message>
    <message>
        <source>{person}（{n}项）</source>
        <translation>{person} ({n} matters)</translation>
    </message>
    <message>
        <source>{rule}
依据：{citation}
起算：{anchor}（{label}）</source>
        <translation>{rule}
Basis: {citation}
Counted from: {anchor} ({label})</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>无法计算（缺少节假日安排）</source>
        <translation>Cannot be calculated (holiday schedule missing)</translation>
    </message>
    <message>
        <source>已逾期{n}个工作日</source>
        <translation>Overdue by {n} working days</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩余{n}个工作日</source>
        <translation>{n} working days left</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DrawConsole</name>
    <message>
        <source>{number}　{name}</source>
        <translation>{number}　{name}</translation>
    </message>
    <message>
        <source>冻结与预演</source>
        <translation>Freeze and trial run</translation>
    </message>
    <message>
        <source>承诺</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>揭示</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>‹ 上一屏</source>
        <translation>‹ Previous screen</translation>
    </message>
    <message>
        <source>Backspace / PgUp：重新显示上一屏，不改变任何内容</source>
        <translation>Backspace / PgUp: show the previous screen again; nothing is changed</translation>
    </message>
    <message>
        <source>下一步 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>空格 / PgDn / →：当前步骤完成后进入下一步</source>
        <translation>Space / PgDn / →: go to the next step once the current one is done</translation>
    </message>
    <message>
        <source>中止摇号(&amp;Q)…</source>
        <translation>Stop the draw (&amp;Q)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请先完成当前步骤。</source>
        <translation>Please finish the current step first.</translation>
    </message>
    <message>
        <source>投影屏幕：{stage}</source>
        <translation>Projector screen: {stage}</translation>
    </message>
    <message>
        <source>【演练】</source>
        <translation>[Rehearsal]</translation>
    </message>
    <message>
        <source>摇号抽取 — {number}</source>
        <translation>Draw — {number}</translation>
    </message>
    <message>
        <source>本次摇号已中止，记录已留存；重新摇号需要新的密钥和见证人数字</source>
        <translation>This draw has been stopped and its record kept; a new draw needs a new secret key and new witness digits</translation>
    </message>
    <message>
        <source>演　练 —— 本次摇号仅供演练，结果不计入抽取次数，不派发任务</source>
        <translation>R E H E A R S A L —— this draw is a rehearsal only; the result is not counted and no task is dispatched</translation>
    </message>
    <message>
        <source>本次摇号已中止，可以关闭窗口。</source>
        <translation>This draw has been stopped; you can close the window.</translation>
    </message>
    <message>
        <source>已锁定。可导出抽取包，然后关闭窗口。</source>
        <translation>Locked. You can export the draw package and then close the window.</translation>
    </message>
    <message>
        <source>本步骤已完成，按空格键或 PgDn 进入下一步。</source>
        <translation>This step is done; press Space or PgDn for the next step.</translation>
    </message>
    <message>
        <source>完成本步骤后，按空格键或 PgDn 进入下一步；Backspace 返回上一屏。</source>
        <translation>When this step is done, press Space or PgDn for the next step; Backspace goes back one screen.</translation>
    </message>
    <message>
        <source>开场/承诺</source>
        <translation>Opening / commitment</translation>
    </message>
    <message>
        <source>见证人输入</source>
        <translation>Witness input</translation>
    </message>
    <message>
        <source>抽取检查对象</source>
        <translation>Draw targets</translation>
    </message>
    <message>
        <source>匹配检查人员</source>
        <translation>Match inspectors</translation>
    </message>
    <message>
        <source>现场回避</source>
        <translation>On-site recusal</translation>
    </message>
    <message>
        <source>操作已取消，未保存任何内容。</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>摇号</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>无法开始摇号：有 {count} 处可能无法配齐检查组，例如检查对象 {target} 的{role}无人可派。请补充或调整执法检查人员后再试。</source>
        <translation>The draw cannot start: in {count} cases a team may not be completed, e.g. nobody is available as {role} for target {target}. Please add or adjust inspectors and try again.</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>继续第 {n} 次摇号（此前未完成）。</source>
        <translation>Continuing draw attempt {n} (not finished before).</translation>
    </message>
    <message>
        <source>正在预演：第 {done} / {total} 次</source>
        <translation>Trial run {done} / {total}</translation>
    </message>
    <message>
        <source>正在冻结名录并预演…</source>
        <translation>Freezing the rosters and running trials…</translation>
    </message>
    <message>
        <source>已冻结第 {n} 次摇号。已逐一核验全部 {m} 个可抽对象：任何种子下都能配齐检查组。</source>
        <translation>Draw attempt {n} frozen. All {m} drawable targets checked one by one: a team can be formed under any seed.</translation>
    </message>
    <message>
        <source>已冻结第 {n} 次摇号。预演 {trials} 次，全部能配齐检查组。</source>
        <translation>Draw attempt {n} frozen. {trials} trial runs, all able to form complete teams.</translation>
    </message>
    <message>
        <source>确认见证人数字</source>
        <translation>Confirm witness digits</translation>
    </message>
    <message>
        <source>共 {n} 位见证人。确认后数字不可更改，随后应立即揭示密钥。确定吗？</source>
        <translation>{n} witnesses in all. Once confirmed the digits cannot be changed, and the key should be revealed at once. Confirm?</translation>
    </message>
    <message>
        <source>计算结果</source>
        <translation>Compute result</translation>
    </message>
    <message>
        <source>正在计算抽取结果…</source>
        <translation>Computing the draw result…</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <source>正在记录事件并重新计算…</source>
        <translation>Recording the event and recomputing…</translation>
    </message>
    <message>
        <source>记录现场事件</source>
        <translation>Record on-site event</translation>
    </message>
    <message>
        <source>事件一经记录即载入摇号记录，不可撤销。确定记录吗？</source>
        <translation>Once recorded, the event becomes part of the draw record and cannot be undone. Record it?</translation>
    </message>
    <message>
        <source>演练结果</source>
        <translation>Rehearsal result</translation>
    </message>
    <message>
        <source>摇号结果</source>
        <translation>Draw result</translation>
    </message>
    <message>
        <source>锁定“{number} {name}”的{what}？锁定后结果、检查组和事件均不可更改{dispatch}。</source>
        <translation>Lock the {what} of “{number} {name}”? Once locked, the result, the teams and the events can no longer be changed{dispatch}.</translation>
    </message>
    <message>
        <source>，任务随即派发</source>
        <translation>, and the task is dispatched at once</translation>
    </message>
    <message>
        <source>{number}第{n}次摇号</source>
        <translation>{number} draw attempt {n}</translation>
    </message>
    <message>
        <source>导出抽取包</source>
        <translation>Export draw package</translation>
    </message>
    <message>
        <source>ZIP 文件 (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>选择导出位置（将新建文件夹“{name}”）</source>
        <translation>Choose where to export (a folder “{name}” will be created)</translation>
    </message>
    <message>
        <source>打印摇号抽取记录</source>
        <translation>Print draw record</translation>
    </message>
    <message>
        <source>摇号抽取记录-{task}.pdf</source>
        <translation>Draw record-{task}.pdf</translation>
    </message>
    <message>
        <source>抽取包已导出到：{path}</source>
        <translation>Draw package exported to: {path}</translation>
    </message>
    <message>
        <source>中止摇号</source>
        <translation>Stop the draw</translation>
    </message>
    <message>
        <source>请填写中止本次摇号的原因（将载入摇号记录）：</source>
        <translation>Please give the reason for stopping this draw (recorded in the draw record):</translation>
    </message>
    <message>
        <source>确定中止第 {n} 次摇号吗？本次记录（含承诺值）将留存；重新摇号需要新的密钥和见证人数字。</source>
        <translation>Stop draw attempt {n}? Its record (including the commitment) is kept; a new draw needs a new secret key and new witness digits.</translation>
    </message>
    <message>
        <source>关闭摇号窗口</source>
        <translation>Close the draw window</translation>
    </message>
    <message>
        <source>本次摇号尚未完成。关闭窗口不会中止摇号，稍后可从“抽查任务”再次打开并继续。确定关闭吗？</source>
        <translation>This draw is not finished. Closing the window does not stop the draw; you can reopen and continue it later from “Inspection tasks”. Close?</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>如 2026-01-05；留空或“长期”表示无期限</source>
        <translation>e.g. 2026-01-05; leave empty or enter “长期” for no end date</translation>
    </message>
    <message>
        <source>多个资格用顿号分隔</source>
        <translation>Separate several qualifications with “、”</translation>
    </message>
    <message>
        <source>18位统一社会信用代码，或其他唯一编码</source>
        <translation>18-character unified social credit code, or another unique code</translation>
    </message>
    <message>
        <source>{code} {label}</source>
        <translation>{code} {label}</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>重点</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>请检查输入</source>
        <translation>Please check your input</translation>
    </message>
    <message>
        <source>欢迎使用双随机抽查工作台</source>
        <translation>Welcome to the Double-Random Inspection Workbench</translation>
    </message>
    <message>
        <source>这是第一次启动。向导将依次设置：本机关信息、业务部门、系统管理员账户、适用的规则配置，并可载入一套演示数据。

完成前不会保存任何内容；以后可在“系统设置”中修改这些设置。</source>
        <translation>This is the first start. The wizard sets up, in turn: this agency's details, its departments, the system administrator account, the rule profile that applies, and optionally a set of demo data.

Nothing is saved before you finish; all of this can be changed later under “Settings”.</translation>
    </message>
    <message>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>机关信息</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>机关代字用于任务编号和文书文号，例如“咸公”→ 咸公抽查〔2026〕3号。</source>
        <translation>The agency abbreviation is used in task numbers and document numbers, e.g. “咸公” → 咸公抽查〔2026〕3号.</translation>
    </message>
    <message>
        <source>机关名称(&amp;N)：</source>
        <translation>Agency &amp;name:</translation>
    </message>
    <message>
        <source>机关代字(&amp;C)：</source>
        <translation>Agency &amp;abbreviation:</translation>
    </message>
    <message>
        <source>业务部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>录入本机关承担抽查工作的所队、科室，至少一个。</source>
        <translation>Enter the units and sections of the agency that carry out inspections, at least one.</translation>
    </message>
    <message>
        <source>部门名称，按回车添加</source>
        <translation>Department name; press Enter to add</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>管理员负责用户、规则配置和备份。密码至少{n}位。</source>
        <translation>The administrator manages users, the rule profile and backups. The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>姓名(&amp;M)：</source>
        <translation>Full na&amp;me:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>确认密码(&amp;R)：</source>
        <translation>Confi&amp;rm password:</translation>
    </message>
    <message>
        <source>规则配置</source>
        <translation>Rule profile</translation>
    </message>
    <message>
        <source>选择与本机关制度最接近的预设；每一项以后都可在“系统设置—规则配置”中修改。</source>
        <translation>Choose the preset closest to this agency's regulations; every value can be changed later under “Settings — Rule profile”.</translation>
    </message>
    <message>
        <source>规则预设(&amp;S)：</source>
        <translation>Rule pre&amp;set:</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>载入演示单位数据(&amp;L)</source>
        <translation>&amp;Load the demo bureau data</translation>
    </message>
    <message>
        <source>演示数据包括一份抽查事项清单、少量检查对象和执法检查人员，便于熟悉操作。正式使用前请勿载入，或改用新的数据库。</source>
        <translation>The demo data contains an inspection item list and a few targets and inspectors, to get familiar with the program. Do not load it before real use, or use a new database instead.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>请核对以下设置，点击“完成”后写入数据库。</source>
        <translation>Please check the settings below; they are written to the database when you click “Finish”.</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>首次启动向导 — 双随机抽查工作台</source>
        <translation>First-start wizard — Double-Random Inspection Workbench</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法完成初始化</source>
        <translation>Cannot complete the set-up</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>正在载入演示单位数据…</source>
        <translation>Loading the demo bureau data…</translation>
    </message>
    <message>
        <source>{role}：{user} / {password}</source>
        <translation>{role}: {user} / {password}</translation>
    </message>
    <message>
        <source>演示数据已载入</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <source>已载入演示数据。另建了以下演示账户（用户名 / 密码）：
{lines}</source>
        <translation>The demo data has been loaded. These demo accounts were also created (user name / password):
{lines}</translation>
    </message>
    <message>
        <source>演示数据未载入</source>
        <translation>Demo data not loaded</translation>
    </message>
    <message>
        <source>初始化已完成，但演示数据未能载入：{reason}</source>
        <translation>The set-up is complete, but the demo data could not be loaded: {reason}</translation>
    </message>
    <message>
        <source>退出向导</source>
        <translation>Leave the wizard</translation>
    </message>
    <message>
        <source>尚未完成初始化，确定要退出吗？已填写的内容不会保存。</source>
        <translation>The set-up is not complete. Really quit? What you entered will not be saved.</translation>
    </message>
</context>
<context>
    <name>FreezeStep</name>
    <message>
        <source>冻结检查对象名录、执法检查人员名录、回避关系和抽取规则，并用至少200组临时随机数预演，确认每个检查对象都能配齐检查组。冻结后名录的任何改动都不影响本次摇号。</source>
        <translation>Freezes the target roster, the inspector roster, the conflicts and the draw rules, and runs at least 200 trials with temporary random numbers to make sure a complete team can be formed for every target. After freezing, no change to the rosters affects this draw.</translation>
    </message>
    <message>
        <source>冻结名录并预演(&amp;F)</source>
        <translation>&amp;Freeze rosters and run trials</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>名录数</source>
        <translation>In roster</translation>
    </message>
    <message>
        <source>可抽数</source>
        <translation>Drawable</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>应抽数</source>
        <translation>To draw</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>抽取范围</source>
        <translation>Draw scope</translation>
    </message>
    <message>
        <source>冻结文件的 SHA-256</source>
        <translation>SHA-256 of the frozen files</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>找不到帮助文件：{path}</source>
        <translation>Help file not found: {path}</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>休息日</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>备注，例如：春节调休</source>
        <translation>Note, e.g. Spring Festival make-up day</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>删除所选(&amp;R)</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>导入全年安排(&amp;I)…</source>
        <translation>&amp;Import a year's schedule…</translation>
    </message>
    <message>
        <source>此处设置优先于内置的国家法定节假日安排，用于计算工作日时限。</source>
        <translation>Settings here take precedence over the built-in national statutory holiday schedule when working-day deadlines are calculated.</translation>
    </message>
    <message>
        <source>导入全年节假日安排</source>
        <translation>Import a year's official holiday schedule</translation>
    </message>
    <message>
        <source>文本文件 (*.txt *.csv)</source>
        <translation>Text files (*.txt *.csv)</translation>
    </message>
    <message>
        <source>已导入{year}年的法定节假日安排：休息日{holidays}天，调休上班{workdays}天。</source>
        <translation>Imported the official schedule of {year}: {holidays} days off, {workdays} make-up working days.</translation>
    </message>
    <message>
        <source>官方安排</source>
        <translation>Official schedule</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>This bureau</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>删除节假日设置</source>
        <translation>Delete holiday settings</translation>
    </message>
    <message>
        <source>确定删除所选的 {n} 条设置吗？删除将记入审计日志。</source>
        <translation>Delete the {n} selected settings? The deletion is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待抽取</source>
        <translation>Ready for drawing</translation>
    </message>
    <message>
        <source>已抽取</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>检查中</source>
        <translation>Inspecting</translation>
    </message>
    <message>
        <source>审核中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>重新统计（F5）</source>
        <translation>Recount (F5)</translation>
    </message>
    <message>
        <source>任务状态</source>
        <translation>Task state</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>抽查任务</source>
        <translation>Inspection tasks</translation>
    </message>
    <message>
        <source>警号/工号</source>
        <translation>Badge / staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>所属部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>执法证有效期</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>可任组长的在岗人员</source>
        <translation>Inspectors on duty who can be team leader</translation>
    </message>
    <message>
        <source>名录库提醒</source>
        <translation>Roster warnings</translation>
    </message>
    <message>
        <source>抽查事项（在用）</source>
        <translation>Inspection items (in use)</translation>
    </message>
    <message>
        <source>检查对象（在册）</source>
        <translation>Targets (registered)</translation>
    </message>
    <message>
        <source>执法检查人员（在岗）</source>
        <translation>Inspectors (on duty)</translation>
    </message>
    <message>
        <source>回避关系（有效）</source>
        <translation>Conflicts (valid)</translation>
    </message>
    <message>
        <source>年度计划</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>{org} — 工作概况</source>
        <translation>{org} — overview</translation>
    </message>
    <message>
        <source>工作概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>暂无抽查任务</source>
        <translation>No inspection tasks yet</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>{days}天内到期</source>
        <translation>Due within {days} days</translation>
    </message>
    <message>
        <source>执法证已过期或{days}天内到期：{n}人</source>
        <translation>Law-enforcement licences expired or expiring within {days} days: {n}</translation>
    </message>
    <message>
        <source>可任组长的在岗人员少于{min}人的部门：{n}个</source>
        <translation>Departments with fewer than {min} possible team leaders on duty: {n}</translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message>
        <source>正在导入</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>所有变化在一个事务中写入：取消或出错时，名录库保持导入前的样子。</source>
        <translation>All changes are written in one transaction: on cancel or error the roster stays as it was before the import.</translation>
    </message>
    <message>
        <source>准备写入…</source>
        <translation>Preparing to write…</translation>
    </message>
    <message>
        <source>取消导入(&amp;C)</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>正在取消，已写入的部分将全部撤销…</source>
        <translation>Cancelling; everything written so far will be undone…</translation>
    </message>
    <message>
        <source>{text}：{done}/{total}</source>
        <translation>{text}: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>检查文件</source>
        <translation>Check file</translation>
    </message>
    <message>
        <source>逐行逐列检查文件内容。有错误时不能继续，名录库不会有任何修改；“提示”不影响导入。</source>
        <translation>Checks the file row by row and column by column. With errors you cannot go on and the roster is not changed at all; “notes” do not prevent the import.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>保存错误报告(&amp;R)…</source>
        <translation>Save error &amp;report…</translation>
    </message>
    <message>
        <source>原文件加一列“错误”，便于逐行修改</source>
        <translation>The original file plus an “error” column, to correct row by row</translation>
    </message>
    <message>
        <source>重新检查(&amp;C)</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>在 Excel 中改好并保存文件后，重新读取检查</source>
        <translation>Read and check the file again after correcting and saving it in Excel</translation>
    </message>
    <message>
        <source>自动新建文件中未知的业务所队(&amp;D)</source>
        <translation>Create unknown units from the file automatically (&amp;D)</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>文件「{file}」共{n}行数据，没有发现错误{warn}。点“下一步”查看将要发生的变化。</source>
        <translation>The file “{file}” has {n} data rows and no errors{warn}. Click “Next” to see the changes that will be made.</translation>
    </message>
    <message>
        <source>（{w}条提示，不影响导入）</source>
        <translation> ({w} notes, which do not prevent the import)</translation>
    </message>
    <message>
        <source>文件「{file}」中有{e}处错误，不能导入。请按行号和列修改文件后点“重新检查”；也可保存错误报告，在报告中逐行修改。名录库未作任何修改。</source>
        <translation>The file “{file}” has {e} errors and cannot be imported. Correct the file at the given rows and columns and click “Check again”; or save the error report and correct it row by row. The roster has not been changed.</translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>_错误报告.xlsx</source>
        <translation>_error report.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>正在写出错误报告…</source>
        <translation>Writing the error report…</translation>
    </message>
    <message>
        <source>错误报告已保存：{path}</source>
        <translation>Error report saved: {path}</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>选择导入内容和文件</source>
        <translation>Choose what to import and the file</translation>
    </message>
    <message>
        <source>支持 Excel（.xlsx、.xls）和 CSV（UTF-8 或 GBK 编码）文件，表头可用省级平台模板的列名。导入要么全部成功，要么不作任何修改。</source>
        <translation>Excel (.xlsx, .xls) and CSV (UTF-8 or GBK) files are supported; the header may use the column names of the provincial platform template. An import either succeeds completely or changes nothing.</translation>
    </message>
    <message>
        <source>{label}(&amp;{n})</source>
        <translation>{label} (&amp;{n})</translation>
    </message>
    <message>
        <source>点“浏览”选择文件，或粘贴文件路径</source>
        <translation>Click “Browse” to choose a file, or paste its path</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>下载所选内容的空白模板(&amp;T)…</source>
        <translation>Download a blank &amp;template for the chosen kind…</translation>
    </message>
    <message>
        <source>手工指定各列对应的字段(&amp;M)</source>
        <translation>&amp;Map the columns to fields by hand</translation>
    </message>
    <message>
        <source>表头与模板不同时，向导会自动进入这一步</source>
        <translation>When the header differs from the template, the wizard goes to this step automatically</translation>
    </message>
    <message>
        <source>导入内容：</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>文件(&amp;F)：</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>提示：第一行为表头（上方可以有一行标题），从下一行起每行一条记录。代码、身份证号等请设为文本格式，以免丢失前导零。</source>
        <translation>Note: the first row is the header (there may be one title row above it); each following row is one record. Format codes, ID card numbers etc. as text so leading zeros are not lost.</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <source>{what}导入模板.xlsx</source>
        <translation>{what} import template.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>不支持的文件类型“{suffix}”，请选择 .xlsx、.xls 或 .csv 文件。</source>
        <translation>Unsupported file type “{suffix}”; please choose an .xlsx, .xls or .csv file.</translation>
    </message>
    <message>
        <source>（无扩展名）</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>导入{what}</source>
        <translation>Import {what}</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>对应表头</source>
        <translation>Map the header</translation>
    </message>
    <message>
        <source>文件的表头与模板不完全一致。请为每一列选择对应的字段；不需要的列选“不导入”。导入成功后会记住这一对应关系，下次同样表头的文件无需再选。</source>
        <translation>The file's header does not fully match the template. Choose the matching field for each column; choose “do not import” for columns you do not need. After a successful import this mapping is remembered, so files with the same header need no mapping next time.</translation>
    </message>
    <message>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>第一行数据</source>
        <translation>First data row</translation>
    </message>
    <message>
        <source>对应字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>尚未对应的必填字段：{fields}</source>
        <translation>Required fields not mapped yet: {fields}</translation>
    </message>
    <message>
        <source>必填字段都已对应。</source>
        <translation>All required fields are mapped.</translation>
    </message>
    <message>
        <source>“{a}”和“{b}”都对应到了“{field}”，每个字段只能对应一列。</source>
        <translation>“{a}” and “{b}” are both mapped to “{field}”; each field can take only one column.</translation>
    </message>
    <message>
        <source>以下列的列名与模板字段相同，仍会按模板导入：{columns}
如不需要，请在文件中删除这些列。是否继续？</source>
        <translation>These columns have the same names as template fields and will still be imported as in the template: {columns}
If you do not want that, delete the columns from the file. Continue?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>预览变化</source>
        <translation>Preview changes</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>停用文件中没有的记录(&amp;D)</source>
        <translation>&amp;Deactivate records not in the file</translation>
    </message>
    <message>
        <source>文件是完整名录时勾选：库中有、文件中没有的记录将被停用（不删除，可恢复）</source>
        <translation>Tick this when the file is the complete roster: records in the roster but not in the file are deactivated (not deleted; they can be reactivated)</translation>
    </message>
    <message>
        <source>文件「{file}」：{kind}，共{n}行。以下变化在点“导入”后一次写入；中途取消或出错，名录库保持原样。</source>
        <translation>File “{file}”: {kind}, {n} rows. The changes below are written at once when you click “Import”; on cancel or error the roster stays unchanged.</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>新增（{n}）</source>
        <translation>New ({n})</translation>
    </message>
    <message>
        <source>变更（{n}）</source>
        <translation>Changed ({n})</translation>
    </message>
    <message>
        <source>文件中没有的（{n}）</source>
        <translation>Not in the file ({n})</translation>
    </message>
    <message>
        <source>提示（{n}）</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <source>结束文件中没有的回避关系(&amp;D)</source>
        <translation>&amp;End conflicts not in the file</translation>
    </message>
    <message>
        <source>停用文件中没有的记录（{n}条）(&amp;D)</source>
        <translation>&amp;Deactivate records not in the file ({n})</translation>
    </message>
    <message>
        <source>将新建业务所队：{names}</source>
        <translation>Units to be created: {names}</translation>
    </message>
    <message>
        <source>文件中未使用的列：{names}</source>
        <translation>Unused columns in the file: {names}</translation>
    </message>
    <message>
        <source>文件与名录库一致，导入不会改变任何记录。</source>
        <translation>The file matches the roster; the import changes nothing.</translation>
    </message>
    <message>
        <source>将新增{new}条，变更{changed}条，停用{off}条（文件中没有的{missing}条{keep}）。</source>
        <translation>{new} will be added, {changed} changed, {off} deactivated ({missing} not in the file {keep}).</translation>
    </message>
    <message>
        <source>将被停用</source>
        <translation>will be deactivated</translation>
    </message>
    <message>
        <source>保持不变</source>
        <translation>stay unchanged</translation>
    </message>
    <message>
        <source>确定导入？将新增{new}条、变更{changed}条、停用{off}条记录，每项变更都记入修改历史。</source>
        <translation>Import now? {new} records will be added, {changed} changed and {off} deactivated; every change is recorded in the change history.</translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation>Confirm import</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>点“完成”关闭向导，名录页面会重新读取。</source>
        <translation>Click “Finish” to close the wizard; the roster page reloads.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{kind}：文件「{file}」共{rows}行。</source>
        <translation>{kind}: file “{file}” with {rows} rows.</translation>
    </message>
    <message>
        <source>新增{new}条，变更{changed}条，停用{off}条。</source>
        <translation>{new} added, {changed} changed, {off} deactivated.</translation>
    </message>
    <message>
        <source>新建业务所队：{names}</source>
        <translation>Units created: {names}</translation>
    </message>
    <message>
        <source>每项变更都已记入修改历史，导入本身记入审计日志（含文件的 SHA-256）。</source>
        <translation>Every change has been recorded in the change history, and the import itself in the audit log (with the file's SHA-256).</translation>
    </message>
    <message>
        <source>导入已取消</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>导入已取消，已写入的部分已全部撤销，名录库保持导入前的样子。</source>
        <translation>The import was cancelled; everything written has been undone and the roster is as it was before the import.</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>未导入任何数据，名录库保持导入前的样子。</source>
        <translation>No data was imported; the roster is as it was before the import.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入{what}</source>
        <translation>Import {what}</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>导入(&amp;M)</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在读取并检查文件…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <source>检查文件</source>
        <translation>Check file</translation>
    </message>
    <message>
        <source>正在与名录库比对…</source>
        <translation>Comparing with the roster…</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>检查实施</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>抽查任务(&amp;T)：</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>只看本人所在检查组(&amp;M)</source>
        <translation>Only &amp;my teams</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>开始检查(&amp;S)</source>
        <translation>&amp;Start inspection</translation>
    </message>
    <message>
        <source>为每个抽中的检查对象建立抽查情况记录表，任务进入“检查中”</source>
        <translation>Creates an inspection record sheet for each drawn target; the task becomes “Inspecting”</translation>
    </message>
    <message>
        <source>打开记录表(&amp;O)…</source>
        <translation>&amp;Open record sheet…</translation>
    </message>
    <message>
        <source>回车键</source>
        <translation>Enter key</translation>
    </message>
    <message>
        <source>告知书已送达(&amp;G)</source>
        <translation>Notice deli&amp;vered</translation>
    </message>
    <message>
        <source>未送达告知书(&amp;U)…</source>
        <translation>Notice &amp;not delivered…</translation>
    </message>
    <message>
        <source>检查报告日期(&amp;D)…</source>
        <translation>Inspection report &amp;date…</translation>
    </message>
    <message>
        <source>打印告知书(&amp;P)…</source>
        <translation>&amp;Print notice…</translation>
    </message>
    <message>
        <source>打印记录表(&amp;J)…</source>
        <translation>Print record sheet (&amp;J)…</translation>
    </message>
    <message>
        <source>打印空白记录表(&amp;B)…</source>
        <translation>Print &amp;blank record sheet…</translation>
    </message>
    <message>
        <source>带本任务检查内容的空白记录表，供现场填写</source>
        <translation>A blank record sheet with this task's check points, to fill in on site</translation>
    </message>
    <message>
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>检查组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>告知书</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>签字确认</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{number}　{name}（{state}）</source>
        <translation>{number}　{name} ({state})</translation>
    </message>
    <message>
        <source>{name}（组长）</source>
        <translation>{name} (team leader)</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>未送达</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>录入中</source>
        <translation>Being entered</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>没有已摇号派发的抽查任务。请先在“抽查任务”中完成摇号并锁定派发。</source>
        <translation>There are no drawn and dispatched tasks. Please complete and lock a draw under “Inspection tasks” first.</translation>
    </message>
    <message>
        <source>检查期限：{start} 至 {end}　任务状态：{state}　记录：{n} 条{summary}</source>
        <translation>Inspection period: {start} to {end}　Task state: {state}　Records: {n}{summary}</translation>
    </message>
    <message>
        <source>尚未开始检查：按“开始检查”为抽中的检查对象建立记录表。</source>
        <translation>Inspection not started: press “Start inspection” to create record sheets for the drawn targets.</translation>
    </message>
    <message>
        <source>无法开始检查</source>
        <translation>Cannot start the inspection</translation>
    </message>
    <message>
        <source>未送达检查告知书</source>
        <translation>Inspection notice not delivered</translation>
    </message>
    <message>
        <source>检查对象：{target}
请说明未送达检查告知书的原因（如不宜事先告知的情形）：</source>
        <translation>Target: {target}
Please explain why the inspection notice was not delivered (e.g. prior notice not appropriate):</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>无法登记告知书</source>
        <translation>Cannot record the notice</translation>
    </message>
    <message>
        <source>检查报告日期</source>
        <translation>Inspection report date</translation>
    </message>
    <message>
        <source>检查对象：{target}
登记检查报告完成的日期，反馈和公示期限据此计算。</source>
        <translation>Target: {target}
Record the date the inspection report was completed; the feedback and publication deadlines count from it.</translation>
    </message>
    <message>
        <source>报告日期(&amp;D)：</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>无法登记检查报告日期</source>
        <translation>Cannot record the inspection report date</translation>
    </message>
    <message>
        <source>打印检查告知书</source>
        <translation>Print inspection notice</translation>
    </message>
    <message>
        <source>检查告知书_{target}.pdf</source>
        <translation>Inspection notice_{target}.pdf</translation>
    </message>
    <message>
        <source>抽查情况记录表_空白_{task}.pdf</source>
        <translation>Inspection record sheet_blank_{task}.pdf</translation>
    </message>
    <message>
        <source>打印空白记录表</source>
        <translation>Print blank record sheet</translation>
    </message>
    <message>
        <source>抽查情况记录表_{target}.pdf</source>
        <translation>Inspection record sheet_{target}.pdf</translation>
    </message>
    <message>
        <source>打印记录表</source>
        <translation>Print record sheet</translation>
    </message>
</context>
<context>
    <name>InspectorEditor</name>
    <message>
        <source>显示完整号码(&amp;I)…</source>
        <translation>Show full &amp;number…</translation>
    </message>
    <message>
        <source>显示完整号码(&amp;P)…</source>
        <translation>Show full &amp;phone no.…</translation>
    </message>
    <message>
        <source>查看完整号码会记入审计日志</source>
        <translation>Viewing the full number is recorded in the audit log</translation>
    </message>
    <message>
        <source>打码显示；如需更正，请整体改为完整的新号码</source>
        <translation>Shown masked; to correct it, replace it with the complete new number</translation>
    </message>
    <message>
        <source>“{field}”中有打码的“*”。请填写完整号码，或保持原样不改。</source>
        <translation>“{field}” contains masked “*” characters. Enter the full number, or leave it unchanged.</translation>
    </message>
    <message>
        <source>执法检查人员：{name}（{staff_no}）</source>
        <translation>Inspector: {name} ({staff_no})</translation>
    </message>
    <message>
        <source>完整身份证号</source>
        <translation>Full ID card no.</translation>
    </message>
    <message>
        <source>完整联系电话</source>
        <translation>Full phone no.</translation>
    </message>
    <message>
        <source>未登记。</source>
        <translation>Not registered.</translation>
    </message>
    <message>
        <source>{who}：{value}

本次查看已记入审计日志。</source>
        <translation>{who}: {value}

This viewing has been recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>InspectorsPage</name>
    <message>
        <source>新增(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>手工添加一名执法检查人员</source>
        <translation>Add one inspector by hand</translation>
    </message>
    <message>
        <source>所属部门(&amp;B)：</source>
        <translation>Depart&amp;ment:</translation>
    </message>
    <message>
        <source>可任组长(&amp;L)：</source>
        <translation>Team &amp;leader:</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>执法证(&amp;C)：</source>
        <translation>Li&amp;cence:</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>30天内到期</source>
        <translation>Expiring within 30 days</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>未填写有效期</source>
        <translation>Validity not entered</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>选择一个版本查看当时的内容</source>
        <translation>Select a version to see its content at that time</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>Check point</translation>
    </message>
    <message>
        <source>版本历史</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>保存为新版本(&amp;S)…</source>
        <translation>&amp;Save as new version…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>新建抽查事项</source>
        <translation>New inspection item</translation>
    </message>
    <message>
        <source>抽查事项：{name}（{code}）</source>
        <translation>Inspection item: {name} ({code})</translation>
    </message>
    <message>
        <source>第{v}版　{state}</source>
        <translation>Version {v}　{state}</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>停用(&amp;D)…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>恢复启用(&amp;R)…</source>
        <translation>&amp;Reactivate…</translation>
    </message>
    <message>
        <source>检查内容（{n}）</source>
        <translation>Check points ({n})</translation>
    </message>
    <message>
        <source>版本历史（{n}）</source>
        <translation>Version history ({n})</translation>
    </message>
    <message>
        <source>第{v}版　{at}　{by}</source>
        <translation>Version {v}　{at}　{by}</translation>
    </message>
    <message>
        <source>原因：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>检查内容：</source>
        <translation>Check points:</translation>
    </message>
    <message>
        <source>{error}

未作任何修改。</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
    <message>
        <source>保存抽查事项</source>
        <translation>Save inspection item</translation>
    </message>
    <message>
        <source>没有需要保存的修改。</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <source>请填写新建事项的原因或依据（记入版本历史）：</source>
        <translation>Please give the reason or basis for the new item (recorded in the version history):</translation>
    </message>
    <message>
        <source>保存后成为第{v}版。请填写调整原因（记入版本历史）：</source>
        <translation>After saving this becomes version {v}. Please give the reason for the change (recorded in the version history):</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>已保存为第{v}版。</source>
        <translation>Saved as version {v}.</translation>
    </message>
    <message>
        <source>停用事项</source>
        <translation>Deactivate item</translation>
    </message>
    <message>
        <source>恢复启用事项</source>
        <translation>Reactivate item</translation>
    </message>
    <message>
        <source>停用该事项？停用后不再列入事项清单和抽查任务，版本历史保留。</source>
        <translation>Deactivate this item? It will no longer appear in the item list or in tasks; its version history is kept.</translation>
    </message>
    <message>
        <source>恢复启用该事项？</source>
        <translation>Reactivate this item?</translation>
    </message>
    <message>
        <source>请填写原因：</source>
        <translation>Please give the reason:</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>事项类别(&amp;K)：</source>
        <translation>Item &amp;kind:</translation>
    </message>
    <message>
        <source>重点</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>新建事项(&amp;N)…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>版本历史(&amp;V)…</source>
        <translation>&amp;Version history…</translation>
    </message>
    <message>
        <source>发布清单(&amp;P)…</source>
        <translation>&amp;Publish list…</translation>
    </message>
    <message>
        <source>生成在用事项的清单 PDF 和 Excel 文件，用于公开</source>
        <translation>Creates PDF and Excel files of the items in use, for publication</translation>
    </message>
    <message>
        <source>发布抽查事项清单</source>
        <translation>Publish the inspection item list</translation>
    </message>
    <message>
        <source>将在用的抽查事项生成清单 PDF 和 Excel 文件，用于向社会公开。继续？</source>
        <translation>Create PDF and Excel files of the inspection items in use, to publish to the public. Continue?</translation>
    </message>
    <message>
        <source>随机抽查事项清单_{day}.pdf</source>
        <translation>Random inspection item list_{day}.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已生成事项清单（{n}项）：
{pdf}
{xlsx}</source>
        <translation>Item list created ({n} items):
{pdf}
{xlsx}</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>重点</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>LockStep</name>
    <message>
        <source>锁定并派发(&amp;L)…</source>
        <translation>&amp;Lock and dispatch…</translation>
    </message>
    <message>
        <source>抽查任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>抽取结果：</source>
        <translation>Draw result:</translation>
    </message>
    <message>
        <source>结果哈希：</source>
        <translation>Result hash:</translation>
    </message>
    <message>
        <source>导出抽取包到文件夹(&amp;E)…</source>
        <translation>&amp;Export draw package to a folder…</translation>
    </message>
    <message>
        <source>导出为 ZIP 文件(&amp;Z)…</source>
        <translation>Export as &amp;ZIP file…</translation>
    </message>
    <message>
        <source>打印摇号抽取记录(&amp;P)…</source>
        <translation>&amp;Print draw record…</translation>
    </message>
    <message>
        <source>锁定后，演练结果不可更改；演练不派发任务，也不计入抽取次数。</source>
        <translation>Once locked, the rehearsal result cannot be changed; a rehearsal dispatches no task and is not counted.</translation>
    </message>
    <message>
        <source>锁定后，抽取结果、检查组和现场事件均不可更改，任务随即派发。随后导出抽取包（冻结文件、draw.json、结果、独立校验程序），供公示和归档。</source>
        <translation>Once locked, the draw result, the teams and the on-site events cannot be changed, and the task is dispatched at once. Then export the draw package (frozen files, draw.json, result, stand-alone verifier) for publication and archiving.</translation>
    </message>
    <message>
        <source>锁定演练结果(&amp;L)…</source>
        <translation>&amp;Lock rehearsal result…</translation>
    </message>
    <message>
        <source>{number}　{name}</source>
        <translation>{number}　{name}</translation>
    </message>
    <message>
        <source>{n} 个检查对象，{e} 条现场事件</source>
        <translation>{n} targets, {e} on-site events</translation>
    </message>
    <message>
        <source>✔ 已锁定</source>
        <translation>✔ Locked</translation>
    </message>
    <message>
        <source>✔ 演练结果已锁定（不派发）</source>
        <translation>✔ Rehearsal result locked (not dispatched)</translation>
    </message>
    <message>
        <source>尚未锁定</source>
        <translation>Not locked yet</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 双随机抽查工作台</source>
        <translation>Log in — Double-Random Inspection Workbench</translation>
    </message>
    <message>
        <source>双随机抽查工作台</source>
        <translation>Double-Random Inspection Workbench</translation>
    </message>
    <message>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请输入用户名和密码</source>
        <translation>Please enter your user name and password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>双随机抽查工作台</source>
        <translation>Double-Random Inspection Workbench</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>切换数据库(&amp;D)…</source>
        <translation>Switch &amp;database…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>审计日志校验(&amp;V)</source>
        <translation>&amp;Verify audit log</translation>
    </message>
    <message>
        <source>数据备份与恢复(&amp;B)…</source>
        <translation>&amp;Backup and restore…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>摇号主持词(&amp;C)</source>
        <translation>Draw &amp;host script</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>当前用户：{name}（{roles}）</source>
        <translation>Current user: {name} ({roles})</translation>
    </message>
    <message>
        <source>切换数据库</source>
        <translation>Switch database</translation>
    </message>
    <message>
        <source>新的数据库设置将在重新启动后生效。现在重新启动吗？</source>
        <translation>The new database setting takes effect after a restart. Restart now?</translation>
    </message>
    <message>
        <source>审计日志校验</source>
        <translation>Verify audit log</translation>
    </message>
    <message>
        <source>正在校验审计日志…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <source>审计日志完整，共 {n} 条记录，未发现改动。</source>
        <translation>The audit log is intact: {n} records, no changes found.</translation>
    </message>
    <message>
        <source>审计日志在第 {seq} 条记录处不一致（{reason}），可能被改动或删除。</source>
        <translation>The audit log is inconsistent at record {seq} ({reason}); it may have been changed or deleted.</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;h3&gt;双随机抽查工作台&lt;/h3&gt;&lt;p&gt;版本 {v}&lt;/p&gt;&lt;p&gt;“双随机、一公开”监管工作的桌面工具。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Double-Random Inspection Workbench&lt;/h3&gt;&lt;p&gt;Version {v}&lt;/p&gt;&lt;p&gt;A desktop tool for “double random, one public” supervision.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>后台任务仍在进行，退出将取消该任务。确定退出吗？</source>
        <translation>A background job is still running; quitting cancels it. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>抽查事项清单</source>
        <translation>Inspection item list</translation>
    </message>
    <message>
        <source>检查对象名录库</source>
        <translation>Target roster</translation>
    </message>
    <message>
        <source>执法检查人员名录库</source>
        <translation>Inspector roster</translation>
    </message>
    <message>
        <source>回避关系</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>年度抽查计划</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>抽查任务</source>
        <translation>Inspection tasks</translation>
    </message>
    <message>
        <source>摇号抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>检查实施</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>结果审核与公示</source>
        <translation>Review and publication</translation>
    </message>
    <message>
        <source>报告与归档</source>
        <translation>Reports and archive</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ObjectionDecisionDialog</name>
    <message>
        <source>异议复核决定</source>
        <translation>Objection review decision</translation>
    </message>
    <message>
        <source>未规定</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>检查对象：{target}
现公示结果：{result}
异议内容：{content}
收到日期：{received}　复核期限：{deadline}</source>
        <translation>Target: {target}
Current published result: {result}
Objection: {content}
Received on: {received}　Review deadline: {deadline}</translation>
    </message>
    <message>
        <source>维持原结果(&amp;K)</source>
        <translation>&amp;Keep the original result</translation>
    </message>
    <message>
        <source>更正结果(&amp;G)</source>
        <translation>Correct the result (&amp;G)</translation>
    </message>
    <message>
        <source>复核意见（必填）</source>
        <translation>Review opinion (required)</translation>
    </message>
    <message>
        <source>更正须经主要负责人签字</source>
        <translation>A correction needs the principal's signature</translation>
    </message>
    <message>
        <source>复核结论：</source>
        <translation>Review conclusion:</translation>
    </message>
    <message>
        <source>复核意见(&amp;N)：</source>
        <translation>Review opi&amp;nion:</translation>
    </message>
    <message>
        <source>复核日期(&amp;D)：</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <source>更正后的结果(&amp;R)：</source>
        <translation>Corrected &amp;result:</translation>
    </message>
    <message>
        <source>主要负责人(&amp;M)：</source>
        <translation>&amp;Principal:</translation>
    </message>
    <message>
        <source>作出复核决定</source>
        <translation>Make the review decision</translation>
    </message>
    <message>
        <source>复核结论：更正。公示结果将由“{old}”更正为“{new}”，原结果作为历史版本保留。</source>
        <translation>Review conclusion: correct. The published result will be corrected from “{old}” to “{new}”; the original result is kept as a past version.</translation>
    </message>
    <message>
        <source>复核结论：维持原公示结果“{old}”。</source>
        <translation>Review conclusion: keep the original published result “{old}”.</translation>
    </message>
    <message>
        <source>
复核决定作出后不能修改。确认？</source>
        <translation>
The review decision cannot be changed once made. Confirm?</translation>
    </message>
    <message>
        <source>无法作出复核决定</source>
        <translation>Cannot make the review decision</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>登记异议申请</source>
        <translation>Register an objection</translation>
    </message>
    <message>
        <source>{target}（第{v}版：{result}）</source>
        <translation>{target} (version {v}: {result})</translation>
    </message>
    <message>
        <source>异议的事实和理由（必填）</source>
        <translation>Facts and grounds of the objection (required)</translation>
    </message>
    <message>
        <source>公示结果(&amp;O)：</source>
        <translation>Published &amp;result:</translation>
    </message>
    <message>
        <source>收到日期(&amp;D)：</source>
        <translation>Received on (&amp;D):</translation>
    </message>
    <message>
        <source>异议内容(&amp;C)：</source>
        <translation>Objection &amp;content:</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>登记对“{result}”的异议申请，收到日期{date}。
复核期限自收到之日起计算，登记后不能删除。确认登记？</source>
        <translation>Register an objection to “{result}”, received on {date}.
The review deadline counts from the day of receipt; the objection cannot be deleted once registered. Confirm?</translation>
    </message>
    <message>
        <source>无法登记异议</source>
        <translation>Cannot register the objection</translation>
    </message>
</context>
<context>
    <name>ObjectionPanel</name>
    <message>
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>异议内容</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>复核期限</source>
        <translation>Review deadline</translation>
    </message>
    <message>
        <source>复核结论</source>
        <translation>Review conclusion</translation>
    </message>
    <message>
        <source>反馈期限</source>
        <translation>Feedback deadline</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>登记异议(&amp;Y)…</source>
        <translation>Register objection (&amp;Y)…</translation>
    </message>
    <message>
        <source>复核决定(&amp;J)…</source>
        <translation>Review &amp;decision…</translation>
    </message>
    <message>
        <source>登记反馈(&amp;F)…</source>
        <translation>Register &amp;feedback…</translation>
    </message>
    <message>
        <source>打印复核结果反馈(&amp;P)…</source>
        <translation>&amp;Print review feedback…</translation>
    </message>
    <message>
        <source>未规定</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>{due}（{state}）</source>
        <translation>{due} ({state})</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <source>{due}（{left}）</source>
        <translation>{due} ({left})</translation>
    </message>
    <message>
        <source>复核后起算</source>
        <translation>Counted from the review</translation>
    </message>
    <message>
        <source>{outcome}（{date}）</source>
        <translation>{outcome} ({date})</translation>
    </message>
    <message>
        <source>待复核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>{date} {number}</source>
        <translation>{date} {number}</translation>
    </message>
    <message>
        <source>未反馈</source>
        <translation>No feedback yet</translation>
    </message>
    <message>
        <source>尚未收到异议申请。</source>
        <translation>No objections received yet.</translation>
    </message>
    <message>
        <source>检查结果公示后，才能登记异议。</source>
        <translation>Objections can only be registered after the results are published.</translation>
    </message>
    <message>
        <source>异议内容：{content}</source>
        <translation>Objection: {content}</translation>
    </message>
    <message>
        <source>复核期限规则：{rule}</source>
        <translation>Review deadline rule: {rule}</translation>
    </message>
    <message>
        <source>本单位规则未规定</source>
        <translation>Not specified by the bureau's rules</translation>
    </message>
    <message>
        <source>反馈期限规则：{rule}</source>
        <translation>Feedback deadline rule: {rule}</translation>
    </message>
    <message>
        <source>复核意见：{note}</source>
        <translation>Review opinion: {note}</translation>
    </message>
    <message>
        <source>登记复核结果反馈</source>
        <translation>Register feedback of the review result</translation>
    </message>
    <message>
        <source>{target}：复核结论“{outcome}”。
登记向被检查对象反馈复核结果的日期（反馈期限：{due}）。</source>
        <translation>{target}: review conclusion “{outcome}”.
Record the date the review result was fed back to the target (feedback deadline: {due}).</translation>
    </message>
    <message>
        <source>反馈日期(&amp;D)：</source>
        <translation>Feedback &amp;date:</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>登记于{date}向{target}反馈复核结果，并编制复核结果反馈文号。登记后不能修改。确认？</source>
        <translation>Register that the review result was fed back to {target} on {date}, and assign the feedback document number. This cannot be changed afterwards. Confirm?</translation>
    </message>
    <message>
        <source>无法登记反馈</source>
        <translation>Cannot register the feedback</translation>
    </message>
    <message>
        <source>打印复核结果反馈</source>
        <translation>Print review feedback</translation>
    </message>
    <message>
        <source>复核结果反馈_{target}.pdf</source>
        <translation>Review feedback_{target}.pdf</translation>
    </message>
</context>
<context>
    <name>PlanEntryDialog</name>
    <message>
        <source>计划条目 {n}</source>
        <translation>Plan entry {n}</translation>
    </message>
    <message>
        <source> 次/年</source>
        <translation> times/year</translation>
    </message>
    <message>
        <source>抽查频次(&amp;F)：</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>请检查输入</source>
        <translation>Please check your input</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>调整年度抽查计划</source>
        <translation>Adjust the annual plan</translation>
    </message>
    <message>
        <source>编制年度抽查计划</source>
        <translation>Draw up the annual plan</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{year}年度双随机抽查计划</source>
        <translation>Double-random inspection plan for {year}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>编制计划(&amp;E)…</source>
        <translation>&amp;Edit plan…</translation>
    </message>
    <message>
        <source>公布计划(&amp;P)…</source>
        <translation>&amp;Publish plan…</translation>
    </message>
    <message>
        <source>调整计划(&amp;A)…</source>
        <translation>&amp;Adjust plan…</translation>
    </message>
    <message>
        <source>由条目创建任务(&amp;T)…</source>
        <translation>Create &amp;task from entry…</translation>
    </message>
    <message>
        <source>导出计划文本(PDF+Excel)(&amp;X)…</source>
        <translation>E&amp;xport plan (PDF + Excel)…</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>起止日期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>抽查比例</source>
        <translation>Sampling ratio</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>联合抽查</source>
        <translation>Joint inspection</translation>
    </message>
    <message>
        <source>已建任务</source>
        <translation>Task created</translation>
    </message>
    <message>
        <source>未列入计划的事项及理由</source>
        <translation>Items not in the plan, with reasons</translation>
    </message>
    <message>
        <source>调整记录</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>导出年度抽查计划</source>
        <translation>Export the annual plan</translation>
    </message>
    <message>
        <source>{year}年度抽查计划.pdf</source>
        <translation>Annual plan {year}.pdf</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year}年度尚未编制计划</source>
        <translation>No annual plan for {year} yet</translation>
    </message>
    <message>
        <source>已公布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>{title}（{state}）</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{init}发起，{others}参与</source>
        <translation>initiated by {init}, with {others}</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{code}：{reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <source>{at}　{by}：{reason}</source>
        <translation>{at}　{by}: {reason}</translation>
    </message>
    <message>
        <source>修改草稿(&amp;E)…</source>
        <translation>&amp;Edit draft…</translation>
    </message>
    <message>
        <source>年度抽查计划</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>公布计划</source>
        <translation>Publish plan</translation>
    </message>
    <message>
        <source>公布{year}年度抽查计划？公布后只能通过“调整计划”修改。</source>
        <translation>Publish the annual plan for {year}? Once published it can only be changed by “Adjust plan”.</translation>
    </message>
    <message>
        <source>{year}年度抽查计划已公布。</source>
        <translation>The annual plan for {year} has been published.</translation>
    </message>
    <message>
        <source>创建抽查任务</source>
        <translation>Create inspection task</translation>
    </message>
    <message>
        <source>由计划条目“{name}”创建抽查任务？</source>
        <translation>Create an inspection task from plan entry “{name}”?</translation>
    </message>
    <message>
        <source>已创建抽查任务 {number}，可在“抽查任务”中预览并摇号。</source>
        <translation>Inspection task {number} created; preview and draw it under “Inspection tasks”.</translation>
    </message>
</context>
<context>
    <name>PoolPreview</name>
    <message>
        <source>抽取范围预览</source>
        <translation>Draw scope preview</translation>
    </message>
    <message>
        <source>请选择一个任务。</source>
        <translation>Please choose a task.</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>名录数</source>
        <translation>In roster</translation>
    </message>
    <message>
        <source>可抽数</source>
        <translation>Drawable</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>应抽数</source>
        <translation>To draw</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>警号/工号</source>
        <translation>Badge / staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>未纳入的检查对象（{n}）</source>
        <translation>Targets not included ({n})</translation>
    </message>
    <message>
        <source>不受抽取次数限制（{n}）</source>
        <translation>Not subject to the draw cap ({n})</translation>
    </message>
    <message>
        <source>未纳入的检查人员（{n}）</source>
        <translation>Inspectors not included ({n})</translation>
    </message>
    <message>
        <source>{code}（{label}）</source>
        <translation>{code} ({label})</translation>
    </message>
    <message>
        <source>共应抽取 {n} 个检查对象；可用检查人员 {m} 人。</source>
        <translation>{n} targets to draw in all; {m} inspectors available.</translation>
    </message>
    <message>
        <source>（名单较长，仅列出前 {n} 条）</source>
        <translation>(long list; only the first {n} shown)</translation>
    </message>
</context>
<context>
    <name>PostLockReplacementDialog</name>
    <message>
        <source>锁定后更换检查人员</source>
        <translation>Change inspectors after lock</translation>
    </message>
    <message>
        <source>摇号结果已经锁定，不会被改动，公示数据包仍可独立验证。本次更换作为锁定后事件，连同更换原因、审批人和所用随机数字记入数据包的 post_lock_events.json，任何人都可以复核。更换一经确认不可撤销。</source>
        <translation>The draw result is locked and will not be altered; the publication package can still be verified independently. This change is recorded as a post-lock event, with the reason, the approver and the random digits used, in post_lock_events.json of the package, so anyone can check it. Once confirmed the change cannot be undone.</translation>
    </message>
    <message>
        <source>只有审批人可以办理锁定后的人员更换。请由具有审批人角色的用户登录后办理。</source>
        <translation>Only an approver can change inspectors after the lock. Please log in as a user with the approver role.</translation>
    </message>
    <message>
        <source>例如：岗位调整、健康原因、回避</source>
        <translation>e.g. reassignment, health reasons, recusal</translation>
    </message>
    <message>
        <source>检查对象(&amp;T)：</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>更换人员(&amp;M)：</source>
        <translation>&amp;Member to replace:</translation>
    </message>
    <message>
        <source>更换原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>审批人(&amp;A)：</source>
        <translation>&amp;Approver:</translation>
    </message>
    <message>
        <source>见证人给出数字(&amp;W)</source>
        <translation>Digits from a &amp;witness</translation>
    </message>
    <message>
        <source>无见证人：由系统随机生成(&amp;S)</source>
        <translation>No witness: digits generated by the &amp;system</translation>
    </message>
    <message>
        <source>由审批人指定(&amp;P)</source>
        <translation>Assigned by the a&amp;pprover</translation>
    </message>
    <message>
        <source>4–64 位数字，由见证人当场给出</source>
        <translation>4–64 digits, given by a witness on the spot</translation>
    </message>
    <message>
        <source>新人员如何产生</source>
        <translation>How the new member is chosen</translation>
    </message>
    <message>
        <source>确认更换(&amp;O)</source>
        <translation>C&amp;onfirm change</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{n} · {name}</source>
        <translation>{n} · {name}</translation>
    </message>
    <message>
        <source>{role} {name}（{code}）</source>
        <translation>{role} {name} ({code})</translation>
    </message>
    <message>
        <source>{name}（{code}，{dept}）</source>
        <translation>{name} ({code}, {dept})</translation>
    </message>
    <message>
        <source>请选择检查对象和要更换的人员</source>
        <translation>Please choose the target and the member to replace</translation>
    </message>
    <message>
        <source>请填写更换原因</source>
        <translation>Please enter the reason for the change</translation>
    </message>
    <message>
        <source>请填写审批人</source>
        <translation>Please enter the approver</translation>
    </message>
    <message>
        <source>请填写见证人给出的数字</source>
        <translation>Please enter the digits given by the witness</translation>
    </message>
    <message>
        <source>请选择替换人员（正在查找符合条件的人员，或没有符合条件的人员）</source>
        <translation>Please choose the replacement (eligible inspectors are still being looked up, or there are none)</translation>
    </message>
    <message>
        <source>由审批人指定：{who}</source>
        <translation>Assigned by the approver: {who}</translation>
    </message>
    <message>
        <source>由系统随机生成数字重新抽取</source>
        <translation>Drawn again with digits generated by the system</translation>
    </message>
    <message>
        <source>以见证人数字 {digits} 重新抽取</source>
        <translation>Drawn again with the witness digits {digits}</translation>
    </message>
    <message>
        <source>无法更换</source>
        <translation>Cannot change</translation>
    </message>
    <message>
        <source>确认更换检查人员</source>
        <translation>Confirm the change of inspector</translation>
    </message>
    <message>
        <source>检查对象：{target}
退出人员：{member}
新人员：{how}
更换原因：{reason}
审批人：{approver}

更换将记入摇号记录和公示数据包，不可撤销。确定更换吗？</source>
        <translation>Target: {target}
Leaving: {member}
New member: {how}
Reason: {reason}
Approver: {approver}

The change will be recorded in the draw record and the publication package and cannot be undone. Make the change?</translation>
    </message>
    <message>
        <source>所用随机数字：{digits}</source>
        <translation>Random digits used: {digits}</translation>
    </message>
    <message>
        <source>由审批人指定，未使用随机数字。</source>
        <translation>Assigned by the approver; no random digits were used.</translation>
    </message>
    <message>
        <source>已更换检查人员</source>
        <translation>Inspector changed</translation>
    </message>
    <message>
        <source>{target}检查组：
退出：{left_role} {left_name}（{left}）
加入：{joined_name}（{joined}）
{how}

已记入公示数据包的 post_lock_events.json。</source>
        <translation>Team of {target}:
Left: {left_role} {left_name} ({left})
Joined: {joined_name} ({joined})
{how}

Recorded in post_lock_events.json of the publication package.</translation>
    </message>
    <message>
        <source>更换未完成</source>
        <translation>Change not made</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <source>当前依据：{name} — {source}</source>
        <translation>Current basis: {name} — {source}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>正在处理，请稍候…</source>
        <translation>Working, please wait…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>开场 · 承诺</source>
        <translation>Opening · commitment</translation>
    </message>
    <message>
        <source>见证人输入</source>
        <translation>Witness input</translation>
    </message>
    <message>
        <source>揭示</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>抽取检查对象</source>
        <translation>Draw targets</translation>
    </message>
    <message>
        <source>匹配检查人员</source>
        <translation>Match inspectors</translation>
    </message>
    <message>
        <source>现场回避/替换</source>
        <translation>On-site recusal / replacement</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>投影屏幕已断开，摇号不受影响；接回屏幕后可重新显示投影。</source>
        <translation>The projector screen has been disconnected; the draw is not affected. Reconnect the screen to show the projection again.</translation>
    </message>
    <message>
        <source>投影屏幕</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <source>检测到新的显示屏：{name}。
在该屏幕上显示投影吗？</source>
        <translation>A new screen was detected: {name}.
Show the projection on this screen?</translation>
    </message>
    <message>
        <source>回避</source>
        <translation>Recusal</translation>
    </message>
    <message>
        <source>检查对象无法检查</source>
        <translation>Target unavailable</translation>
    </message>
    <message>
        <source>{name}（{dept}）</source>
        <translation>{name} ({dept})</translation>
    </message>
    <message>
        <source>事件记录（共{n}条）</source>
        <translation>Event record ({n} in all)</translation>
    </message>
    <message>
        <source>暂无现场回避或替换</source>
        <translation>No on-site recusal or replacement yet</translation>
    </message>
    <message>
        <source>如有检查人员须回避，由操作员登记；见证人给出新的数字后重新抽取。</source>
        <translation>If an inspector must be recused, the operator records it; the draw is repeated after a witness gives new digits.</translation>
    </message>
    <message>
        <source>事件 #{seq}　{kind}</source>
        <translation>Event #{seq}　{kind}</translation>
    </message>
    <message>
        <source>✘ {who} 退出“{target}”检查组</source>
        <translation>✘ {who} leaves the team for “{target}”</translation>
    </message>
    <message>
        <source>✘ 检查对象“{name}”无法检查</source>
        <translation>✘ Target “{name}” cannot be inspected</translation>
    </message>
    <message>
        <source>请见证人给出新的数字</source>
        <translation>A witness is asked for new digits</translation>
    </message>
    <message>
        <source>见证人数字：{d}</source>
        <translation>Witness digits: {d}</translation>
    </message>
    <message>
        <source>由审批人指定替换人员</source>
        <translation>Replacement named by the approver</translation>
    </message>
    <message>
        <source>按抽签号顺序由候补对象递补</source>
        <translation>A reserve target takes its place in lot-number order</translation>
    </message>
    <message>
        <source>✔ 替换为 {who}，加入“{target}”检查组</source>
        <translation>✔ Replaced by {who}, who joins the team for “{target}”</translation>
    </message>
    <message>
        <source>现检查组：{team}</source>
        <translation>Team now: {team}</translation>
    </message>
    <message>
        <source>✔ 递补：{name}（抽签号 {key}…）</source>
        <translation>✔ Replacement: {name} (lot number {key}…)</translation>
    </message>
    <message>
        <source>检查组：{team}</source>
        <translation>Team: {team}</translation>
    </message>
    <message>
        <source>✔ 已重新计算，结果见事件记录</source>
        <translation>✔ Recomputed; see the event record for the result</translation>
    </message>
    <message>
        <source>对象名录</source>
        <translation>Target roster</translation>
    </message>
    <message>
        <source>人员名录</source>
        <translation>Inspector roster</translation>
    </message>
    <message>
        <source>回避关系</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>抽取规则</source>
        <translation>Draw rules</translation>
    </message>
    <message>
        <source>{n}个</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>SR1 摇号承诺 {number}</source>
        <translation>SR1 draw commitment {number}</translation>
    </message>
    <message>
        <source>数据文件指纹（SHA-256 前16位）</source>
        <translation>Data file fingerprints (first 16 hex digits of SHA-256)</translation>
    </message>
    <message>
        <source>承诺值（摇号前公布）</source>
        <translation>Commitment (published before the draw)</translation>
    </message>
    <message>
        <source>扫码留存承诺信息</source>
        <translation>Scan to keep the commitment</translation>
    </message>
    <message>
        <source>（第{n}次摇号）</source>
        <translation> (draw attempt {n})</translation>
    </message>
    <message>
        <source>依据：{basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>承诺值生成中…</source>
        <translation>Generating the commitment…</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>名录数</source>
        <translation>In roster</translation>
    </message>
    <message>
        <source>可抽数</source>
        <translation>Drawable</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>应抽数</source>
        <translation>To draw</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>检查对象合计</source>
        <translation>Targets in all</translation>
    </message>
    <message>
        <source>检查组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>{n}人</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <source>结果哈希（指纹）</source>
        <translation>Result hash (fingerprint)</translation>
    </message>
    <message>
        <source>扫码核对结果哈希</source>
        <translation>Scan to check the result hash</translation>
    </message>
    <message>
        <source>等待计算结果…</source>
        <translation>Waiting for the result…</translation>
    </message>
    <message>
        <source>✔ 抽取记录已生成</source>
        <translation>✔ Draw record created</translation>
    </message>
    <message>
        <source>✘ 本次摇号已中止，记录留存</source>
        <translation>✘ This draw has been stopped; its record is kept</translation>
    </message>
    <message>
        <source>结果已计算，锁定后生成抽取记录</source>
        <translation>Result computed; the draw record is created when it is locked</translation>
    </message>
    <message>
        <source>密钥（开场前已生成并封存，现在公开）</source>
        <translation>Secret key (generated and sealed before the opening, now made public)</translation>
    </message>
    <message>
        <source>现场重新计算 SHA-256（“SR1/commit”‖ 四个文件的指纹 ‖ 密钥），逐组核对：上行为开场公布的承诺值，下行为重新计算的值</source>
        <translation>SHA-256 recomputed on the spot (“SR1/commit” ‖ fingerprints of the four files ‖ key), checked group by group: the upper line is the commitment published at the opening, the lower line the recomputed value</translation>
    </message>
    <message>
        <source>随机种子（由文件指纹、密钥和见证人数字计算）</source>
        <translation>Random seed (computed from the file fingerprints, the key and the witness digits)</translation>
    </message>
    <message>
        <source>等待公开密钥…</source>
        <translation>Waiting for the key to be revealed…</translation>
    </message>
    <message>
        <source>一致✔</source>
        <translation>Match ✔</translation>
    </message>
    <message>
        <source>不符✘</source>
        <translation>Mismatch ✘</translation>
    </message>
    <message>
        <source>✔ 16组全部一致：公开的密钥与开场公布的承诺值相符</source>
        <translation>✔ All 16 groups match: the revealed key agrees with the commitment published at the opening</translation>
    </message>
    <message>
        <source>✘ 第{groups}组不一致：请停止摇号并记录</source>
        <translation>✘ Group {groups} does not match: stop the draw and record it</translation>
    </message>
    <message>
        <source>正在逐组核对… {n} / 16</source>
        <translation>Checking group by group… {n} / 16</translation>
    </message>
    <message>
        <source>抽签号 {key}…</source>
        <translation>Lot number {key}…</translation>
    </message>
    <message>
        <source>{cls} · 序号 {n} · 抽签号 {key}…</source>
        <translation>{cls} · no. {n} · lot number {key}…</translation>
    </message>
    <message>
        <source>{cls}　{done} / {total}</source>
        <translation>{cls}　{done} / {total}</translation>
    </message>
    <message>
        <source>已抽出 {done} / 共 {total} 个</source>
        <translation>Drawn {done} / {total}</translation>
    </message>
    <message>
        <source>{cls} {n}个 ✔</source>
        <translation>{cls}: {n} ✔</translation>
    </message>
    <message>
        <source>已完成：{list}</source>
        <translation>Done: {list}</translation>
    </message>
    <message>
        <source>★ 组长</source>
        <translation>★ Team leader</translation>
    </message>
    <message>
        <source>◆ 联合成员</source>
        <translation>◆ Joint member</translation>
    </message>
    <message>
        <source>● 组员</source>
        <translation>● Member</translation>
    </message>
    <message>
        <source>组长 {leader}</source>
        <translation>Leader {leader}</translation>
    </message>
    <message>
        <source> · 组员 {members}</source>
        <translation> · members {members}</translation>
    </message>
    <message>
        <source>编号 {no}</source>
        <translation>No. {no}</translation>
    </message>
    <message>
        <source>已匹配的检查组</source>
        <translation>Matched teams</translation>
    </message>
    <message>
        <source>按翻页键开始匹配检查人员</source>
        <translation>Press Page Down to start matching inspectors</translation>
    </message>
    <message>
        <source>检查组 {n} / {total}</source>
        <translation>Team {n} / {total}</translation>
    </message>
    <message>
        <source>超量</source>
        <translation>over load</translation>
    </message>
    <message>
        <source>{name}（{reason}）</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>等{n}人</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>{n}人无资格</source>
        <translation>{n} not qualified</translation>
    </message>
    <message>
        <source>不可派：</source>
        <translation>Not available: </translation>
    </message>
    <message>
        <source>见证人各写4至64位数字，操作员录入；全部录入后同时公开</source>
        <translation>Each witness writes 4 to 64 digits, the operator enters them; all are made public together once entered</translation>
    </message>
    <message>
        <source>第{n}位</source>
        <translation>Seat {n}</translation>
    </message>
    <message>
        <source>见证人{n}</source>
        <translation>Witness {n}</translation>
    </message>
    <message>
        <source>○ 等待录入</source>
        <translation>○ Waiting for input</translation>
    </message>
    <message>
        <source>等待登记见证人</source>
        <translation>Waiting for witnesses to be registered</translation>
    </message>
    <message>
        <source>✔ {n}位见证人的数字已全部确认并同时公开</source>
        <translation>✔ The digits of all {n} witnesses have been confirmed and made public together</translation>
    </message>
    <message>
        <source>已录入 {done} / {total}（● 已录入，暂不公开）</source>
        <translation>Entered {done} / {total} (● entered, not yet public)</translation>
    </message>
    <message>
        <source>摇号抽取 · 投影</source>
        <translation>Draw · projection</translation>
    </message>
</context>
<context>
    <name>PublicationPanel</name>
    <message>
        <source>公示日期(&amp;D)：</source>
        <translation>Publication &amp;date:</translation>
    </message>
    <message>
        <source>公示(&amp;G)…</source>
        <translation>Publish (&amp;G)…</translation>
    </message>
    <message>
        <source>更正(&amp;C)…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>打印公示表(&amp;P)…</source>
        <translation>&amp;Print publication table…</translation>
    </message>
    <message>
        <source>检查结果公示表 PDF，并在同一位置生成平台导入用的 Excel 文件</source>
        <translation>Publication table as PDF, plus an Excel file for the platform import in the same place</translation>
    </message>
    <message>
        <source>对象名称</source>
        <translation>Target name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>检查完成日期</source>
        <translation>Inspection completed on</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>历次版本（更正不删除原结果）：</source>
        <translation>All versions (a correction does not delete the original result):</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>负责人签字</source>
        <translation>Principal's signature</translation>
    </message>
    <message>
        <source>签字日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>第{v}版</source>
        <translation>Version {v}</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>已公示{n}条检查结果（显示各对象的最新版本；选中一行查看历次版本）。</source>
        <translation>{n} results published (the latest version of each target is shown; select a row to see all versions).</translation>
    </message>
    <message>
        <source>公示预览：共{n}条（{ready}）。</source>
        <translation>Publication preview: {n} in all ({ready}).</translation>
    </message>
    <message>
        <source>全部已审核，可以公示</source>
        <translation>All approved; ready to publish</translation>
    </message>
    <message>
        <source>尚有记录未审核通过，暂不能公示</source>
        <translation>Some records have not passed review yet; cannot publish</translation>
    </message>
    <message>
        <source>请选择抽查任务。</source>
        <translation>Please choose an inspection task.</translation>
    </message>
    <message>
        <source>本单位规则未规定公示期限</source>
        <translation>The bureau's rules set no publication deadline</translation>
    </message>
    <message>
        <source>公示期限：{why}（{rules}）</source>
        <translation>Publication deadline: {why} ({rules})</translation>
    </message>
    <message>
        <source>检查日期尚未填写，暂无法计算</source>
        <translation>The inspection date has not been entered; cannot be calculated yet</translation>
    </message>
    <message>
        <source>公示期限：{due}（{rules}）；已于{on}公示，{verdict}。</source>
        <translation>Publication deadline: {due} ({rules}); published on {on}, {verdict}.</translation>
    </message>
    <message>
        <source>逾期公示</source>
        <translation>published late</translation>
    </message>
    <message>
        <source>在期限内</source>
        <translation>within the deadline</translation>
    </message>
    <message>
        <source>公示期限：{due}，{left}（{rules}）</source>
        <translation>Publication deadline: {due}, {left} ({rules})</translation>
    </message>
    <message>
        <source>按此日期公示将逾期：{targets}</source>
        <translation>Publishing on this date would be late for: {targets}</translation>
    </message>
    <message>
        <source>按此日期公示在期限内</source>
        <translation>Publishing on this date is within the deadline</translation>
    </message>
    <message>
        <source>将于{date}公示抽查任务{number}（{name}）的{n}条检查结果。
公示后结果不能修改，只能经主要负责人签字后更正。确认公示？</source>
        <translation>{n} results of inspection task {number} ({name}) will be published on {date}.
Once published, results cannot be changed, only corrected with the principal's signature. Publish?</translation>
    </message>
    <message>
        <source>注意：该日期已超过公示期限{deadline}，将记为逾期公示。

</source>
        <translation>Note: this date is past the publication deadline {deadline}; it will be recorded as published late.

</translation>
    </message>
    <message>
        <source>公示检查结果</source>
        <translation>Publish results</translation>
    </message>
    <message>
        <source>无法公示</source>
        <translation>Cannot publish</translation>
    </message>
    <message>
        <source>已公示{n}条检查结果。</source>
        <translation>{n} results published.</translation>
    </message>
    <message>
        <source>
逾期：{targets}（已记入审计日志）</source>
        <translation>
Late: {targets} (recorded in the audit log)</translation>
    </message>
    <message>
        <source>公示完成</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>打印公示表</source>
        <translation>Print publication table</translation>
    </message>
    <message>
        <source>检查结果公示表_{task}.pdf</source>
        <translation>Result publication table_{task}.pdf</translation>
    </message>
</context>
<context>
    <name>QuotaEditor</name>
    <message>
        <source>风险等级</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>抽取方式</source>
        <translation>Draw mode</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>固定数量</source>
        <translation>Fixed number</translation>
    </message>
    <message>
        <source>不抽取</source>
        <translation>Do not draw</translation>
    </message>
    <message>
        <source>按比例</source>
        <translation>By ratio</translation>
    </message>
    <message>
        <source>{label}抽取方式</source>
        <translation>Draw mode for {label}</translation>
    </message>
    <message>
        <source>{code}（{label}）</source>
        <translation>{code} ({label})</translation>
    </message>
    <message>
        <source>{n}户</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{label} {amount}</source>
        <translation>{label} {amount}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordAttachments</name>
    <message>
        <source>附件（照片、录音录像、扫描件）</source>
        <translation>Attachments (photos, audio/video recordings, scans)</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256（前12位）</source>
        <translation>SHA-256 (first 12)</translation>
    </message>
    <message>
        <source>添加附件(&amp;A)…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <source>另存为(&amp;V)…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>{name}
由{who}于{at}添加</source>
        <translation>{name}
added by {who} at {at}</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>照片、音视频和扫描件 (*.jpg *.jpeg *.png *.heic *.mp3 *.m4a *.wav *.amr *.mp4 *.mov *.avi *.pdf);;所有文件 (*)</source>
        <translation>Photos, audio, video and scans (*.jpg *.jpeg *.png *.heic *.mp3 *.m4a *.wav *.amr *.mp4 *.mov *.avi *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>部分附件未能添加</source>
        <translation>Some attachments could not be added</translation>
    </message>
    <message>
        <source>无法添加附件</source>
        <translation>Cannot add the attachment</translation>
    </message>
    <message>
        <source>无法读取附件</source>
        <translation>Cannot read the attachment</translation>
    </message>
    <message>
        <source>附件另存为</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <source>无法保存附件</source>
        <translation>Cannot save the attachment</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>抽查情况记录表 — {target}</source>
        <translation>Inspection record sheet — {target}</translation>
    </message>
    <message>
        <source>检查内容及情况</source>
        <translation>Check points and findings</translation>
    </message>
    <message>
        <source>提交审核前尚需完成</source>
        <translation>Still to do before submitting for review</translation>
    </message>
    <message>
        <source>打印记录表(&amp;P)…</source>
        <translation>&amp;Print record sheet…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>提交审核(&amp;U)…</source>
        <translation>S&amp;ubmit for review…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>第{seq}项（{content}）：{finding}</source>
        <translation>Item {seq} ({content}): {finding}</translation>
    </message>
    <message>
        <source>记录状态为“{state}”，不能再修改。</source>
        <translation>The record is “{state}” and can no longer be changed.</translation>
    </message>
    <message>
        <source>已全部填写并经检查组确认，可以提交审核。</source>
        <translation>Everything is filled in and confirmed by the team; it can be submitted for review.</translation>
    </message>
    <message>
        <source>退回意见（{who}）：{opinion}
</source>
        <translation>Returned with opinion ({who}): {opinion}
</translation>
    </message>
    <message>
        <source>请先保存修改，再由检查组成员确认。</source>
        <translation>Please save your changes first; then the team members confirm.</translation>
    </message>
    <message>
        <source>记录表保存后，由检查组成员逐一核对并确认。</source>
        <translation>Once the record sheet is saved, each team member checks and confirms it.</translation>
    </message>
    <message>
        <source>状态：{state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>　录入：{who}</source>
        <translation>　Entered by: {who}</translation>
    </message>
    <message>
        <source>　（有未保存的修改）</source>
        <translation>　(unsaved changes)</translation>
    </message>
    <message>
        <source>保存记录表</source>
        <translation>Save record sheet</translation>
    </message>
    <message>
        <source>已有检查组成员确认过这份记录表。保存修改后，所有确认将失效，需要重新确认。继续保存？</source>
        <translation>Team members have already confirmed this record sheet. Saving your changes voids all confirmations; they must confirm again. Save anyway?</translation>
    </message>
    <message>
        <source>无法保存记录表</source>
        <translation>Cannot save the record sheet</translation>
    </message>
    <message>
        <source>无法确认</source>
        <translation>Cannot confirm</translation>
    </message>
    <message>
        <source>还不能提交审核</source>
        <translation>Cannot submit for review yet</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>将{target}的抽查情况记录表提交审核。提交后不能再修改，除非审核退回。确认提交？</source>
        <translation>Submit the inspection record sheet of {target} for review. After submitting it can no longer be changed unless the review returns it. Submit?</translation>
    </message>
    <message>
        <source>无法提交审核</source>
        <translation>Cannot submit for review</translation>
    </message>
    <message>
        <source>打印记录表</source>
        <translation>Print record sheet</translation>
    </message>
    <message>
        <source>抽查情况记录表_{target}.pdf</source>
        <translation>Inspection record sheet_{target}.pdf</translation>
    </message>
    <message>
        <source>关闭记录表</source>
        <translation>Close record sheet</translation>
    </message>
    <message>
        <source>有未保存的修改。放弃修改并关闭？</source>
        <translation>There are unsaved changes. Discard them and close?</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>基本情况</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>抽查任务：</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>检查对象名称：</source>
        <translation>Target name:</translation>
    </message>
    <message>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>法定代表人（负责人）：</source>
        <translation>Legal representative (head):</translation>
    </message>
    <message>
        <source>检查日期(&amp;D)：</source>
        <translation>Inspection &amp;date:</translation>
    </message>
    <message>
        <source>记录状态：</source>
        <translation>Record state:</translation>
    </message>
    <message>
        <source>检查人员：</source>
        <translation>Inspectors:</translation>
    </message>
    <message>
        <source>检查方式：</source>
        <translation>Inspection method:</translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>{name}（{role}，{staff_no}）</source>
        <translation>{name} ({role}, {staff_no})</translation>
    </message>
</context>
<context>
    <name>RecordPoints</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>Check point</translation>
    </message>
    <message>
        <source>是否符合</source>
        <translation>Compliant?</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <source>处置</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>{content}&lt;br&gt;&lt;span style='color:#666'&gt;检查方法：{guidance}&lt;/span&gt;</source>
        <translation>{content}&lt;br&gt;&lt;span style='color:#666'&gt;Method: {guidance}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>不符合时必填</source>
        <translation>Required if non-compliant</translation>
    </message>
    <message>
        <source>如：当场责令改正</source>
        <translation>e.g. ordered to correct on the spot</translation>
    </message>
    <message>
        <source>本任务的抽查事项没有登记检查内容。</source>
        <translation>No check points are registered for the inspection items of this task.</translation>
    </message>
    <message>
        <source>请填写发现的问题</source>
        <translation>Please describe the problem found</translation>
    </message>
</context>
<context>
    <name>RecordRectifications</name>
    <message>
        <source>责令整改</source>
        <translation>Rectification order</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>完结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>核查方式</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>责令整改(&amp;Z)…</source>
        <translation>Order recti&amp;fication…</translation>
    </message>
    <message>
        <source>整改完结(&amp;W)…</source>
        <translation>Rectification complete&amp;d…</translation>
    </message>
    <message>
        <source>打印通知书(&amp;T)…</source>
        <translation>Print no&amp;tice…</translation>
    </message>
    <message>
        <source>未完结</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>请先保存记录表</source>
        <translation>Please save the record sheet first</translation>
    </message>
    <message>
        <source>打印整改通知书</source>
        <translation>Print rectification notice</translation>
    </message>
    <message>
        <source>责令整改通知书_{target}.pdf</source>
        <translation>Rectification notice_{target}.pdf</translation>
    </message>
</context>
<context>
    <name>RecordResults</name>
    <message>
        <source>检查结果与后续处置</source>
        <translation>Results and follow-up actions</translation>
    </message>
    <message>
        <source>选择“移送”时必填，如：咸宁市市场监督管理局</source>
        <translation>Required when “transfer” is chosen, e.g. 咸宁市市场监督管理局</translation>
    </message>
    <message>
        <source>后续处理情况，如整改复查安排</source>
        <translation>Further handling, e.g. arrangements for re-inspecting the rectification</translation>
    </message>
    <message>
        <source>移送机关(&amp;Y)：</source>
        <translation>Transferred to (&amp;Y):</translation>
    </message>
    <message>
        <source>后续处理(&amp;F)：</source>
        <translation>&amp;Further handling:</translation>
    </message>
    <message>
        <source>检查结果（可多选）：</source>
        <translation>Results (several allowed):</translation>
    </message>
    <message>
        <source>后续处置（可多选）：</source>
        <translation>Follow-up actions (several allowed):</translation>
    </message>
</context>
<context>
    <name>RecordSignature</name>
    <message>
        <source>被检查对象意见及签字</source>
        <translation>Target's opinion and signature</translation>
    </message>
    <message>
        <source>被检查对象对检查情况的意见（可不填）</source>
        <translation>The target's opinion on the inspection (optional)</translation>
    </message>
    <message>
        <source>尚未登记(&amp;N)</source>
        <translation>&amp;Not recorded yet</translation>
    </message>
    <message>
        <source>已签字(&amp;Q)</source>
        <translation>Signed (&amp;Q)</translation>
    </message>
    <message>
        <source>拒绝签字(&amp;X)</source>
        <translation>Refused to sign (&amp;X)</translation>
    </message>
    <message>
        <source>拒绝签字时，由检查人员写明情况并签字（必填）</source>
        <translation>If the target refuses to sign, an inspector describes the situation and signs (required)</translation>
    </message>
    <message>
        <source>被检查对象意见(&amp;I)：</source>
        <translation>Target's op&amp;inion:</translation>
    </message>
    <message>
        <source>检查人员说明(&amp;E)：</source>
        <translation>Inspector's &amp;explanation:</translation>
    </message>
    <message>
        <source>被检查对象签字：</source>
        <translation>Target's signature:</translation>
    </message>
</context>
<context>
    <name>RecordTeam</name>
    <message>
        <source>检查组签字确认</source>
        <translation>Team sign-off</translation>
    </message>
    <message>
        <source>{name}（{role}，{staff_no}）</source>
        <translation>{name} ({role}, {staff_no})</translation>
    </message>
    <message>
        <source>已确认 {at}</source>
        <translation>Confirmed {at}</translation>
    </message>
    <message>
        <source>未确认</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>{name}确认</source>
        <translation>{name} confirms</translation>
    </message>
    <message>
        <source>{name}已核对记录内容并签字</source>
        <translation>{name} has checked the record and signed</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>责令（限期）整改通知书</source>
        <translation>Rectification notice (with deadline)</translation>
    </message>
    <message>
        <source>检查对象：{target}
签发后即编号，内容不能再修改。</source>
        <translation>Target: {target}
The notice is numbered when issued; its content cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>检查发现的违法事实或问题（必填）</source>
        <translation>Illegal facts or problems found in the inspection (required)</translation>
    </message>
    <message>
        <source>依据的法律、法规、规章条款</source>
        <translation>Articles of laws, regulations and rules relied on</translation>
    </message>
    <message>
        <source>整改要求（必填），如：立即停止…，于期限内完成整改并书面报告</source>
        <translation>Rectification requirements (required), e.g. stop … immediately, complete the rectification within the deadline and report in writing</translation>
    </message>
    <message>
        <source>违法事实(&amp;F)：</source>
        <translation>Illegal &amp;facts:</translation>
    </message>
    <message>
        <source>依据(&amp;B)：</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>整改要求(&amp;R)：</source>
        <translation>&amp;Requirements:</translation>
    </message>
    <message>
        <source>签发日期(&amp;I)：</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <source>整改期限(&amp;D)：</source>
        <translation>Rectification &amp;deadline:</translation>
    </message>
    <message>
        <source>签发通知书</source>
        <translation>Issue notice</translation>
    </message>
    <message>
        <source>签发整改通知书</source>
        <translation>Issue rectification notice</translation>
    </message>
    <message>
        <source>签发责令（限期）整改通知书，整改期限至{deadline}。
签发后将分配文号，不能撤回。确认签发？</source>
        <translation>Issue the rectification notice with the rectification deadline {deadline}.
A document number will be assigned on issue; it cannot be withdrawn. Issue?</translation>
    </message>
    <message>
        <source>无法签发整改通知书</source>
        <translation>Cannot issue the rectification notice</translation>
    </message>
</context>
<context>
    <name>RectificationDoneDialog</name>
    <message>
        <source>整改完结</source>
        <translation>Rectification completed</translation>
    </message>
    <message>
        <source>通知书：{number}　签发：{issued}　整改期限：{deadline}</source>
        <translation>Notice: {number}　Issued: {issued}　Deadline: {deadline}</translation>
    </message>
    <message>
        <source>如：实地复查，已安装监控设备并正常运行</source>
        <translation>e.g. on-site re-inspection: surveillance equipment installed and working</translation>
    </message>
    <message>
        <source>完结日期(&amp;D)：</source>
        <translation>Completed on (&amp;D):</translation>
    </message>
    <message>
        <source>核查方式及情况(&amp;V)：</source>
        <translation>&amp;Verification method and findings:</translation>
    </message>
    <message>
        <source>登记完结</source>
        <translation>Register completion</translation>
    </message>
    <message>
        <source>登记整改于{date}完结。完结后不能修改。确认登记？</source>
        <translation>Register the rectification as completed on {date}. This cannot be changed afterwards. Register?</translation>
    </message>
    <message>
        <source>完结日期晚于整改期限{deadline}，将记为逾期完成。
</source>
        <translation>The completion date is after the deadline {deadline}; it will be recorded as completed late.
</translation>
    </message>
    <message>
        <source>无法登记整改完结</source>
        <translation>Cannot register the completion of the rectification</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>现场回避</source>
        <translation>On-site recusal</translation>
    </message>
    <message>
        <source>{n}. {name}（{code}）</source>
        <translation>{n}. {name} ({code})</translation>
    </message>
    <message>
        <source>例如：与检查对象负责人系近亲属</source>
        <translation>e.g. a close relative of the target's head</translation>
    </message>
    <message>
        <source>检查对象(&amp;T)：</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>回避人员(&amp;M)：</source>
        <translation>Recused &amp;member:</translation>
    </message>
    <message>
        <source>回避原因(&amp;R)：</source>
        <translation>&amp;Reason for recusal:</translation>
    </message>
    <message>
        <source>见证人给出数字(&amp;W)</source>
        <translation>Digits from a &amp;witness</translation>
    </message>
    <message>
        <source>由系统生成(&amp;S)</source>
        <translation>Generated by the &amp;system</translation>
    </message>
    <message>
        <source>{seat}号 {name}</source>
        <translation>Seat {seat} {name}</translation>
    </message>
    <message>
        <source>4–64 位数字</source>
        <translation>4–64 digits</translation>
    </message>
    <message>
        <source>生成(&amp;G)</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>替换人员(&amp;P)：</source>
        <translation>Re&amp;placement:</translation>
    </message>
    <message>
        <source>随机数字来源：</source>
        <translation>Source of random digits:</translation>
    </message>
    <message>
        <source>数字(&amp;D)：</source>
        <translation>&amp;Digits:</translation>
    </message>
    <message>
        <source>审批人(&amp;A)：</source>
        <translation>&amp;Approver:</translation>
    </message>
    <message>
        <source>记录回避</source>
        <translation>Record recusal</translation>
    </message>
    <message>
        <source>{role} {name}（{staff}，{dept}）</source>
        <translation>{role} {name} ({staff}, {dept})</translation>
    </message>
    <message>
        <source>{name}（{staff}，{dept}）</source>
        <translation>{name} ({staff}, {dept})</translation>
    </message>
    <message>
        <source>没有符合条件的替换人员</source>
        <translation>No eligible replacement</translation>
    </message>
    <message>
        <source>请选择检查对象和回避人员</source>
        <translation>Please choose the target and the recused member</translation>
    </message>
    <message>
        <source>请填写回避原因</source>
        <translation>Please enter the reason for recusal</translation>
    </message>
    <message>
        <source>请选择替换人员</source>
        <translation>Please choose the replacement</translation>
    </message>
    <message>
        <source>请填写 4–64 位数字</source>
        <translation>Please enter 4–64 digits</translation>
    </message>
    <message>
        <source>请填写审批人</source>
        <translation>Please enter the approver</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>报告与归档</source>
        <translation>Reports and archive</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>导出Excel(&amp;E)…</source>
        <translation>&amp;Export Excel…</translation>
    </message>
    <message>
        <source>打印年度执行情况报告(&amp;N)…</source>
        <translation>Print a&amp;nnual execution report…</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>正在统计{year}年度数据…</source>
        <translation>Computing the statistics of {year}…</translation>
    </message>
    <message>
        <source>《{title}》</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>（未制定年度计划）</source>
        <translation>(no annual plan)</translation>
    </message>
    <message>
        <source>{year}年度 {plan}：抽查任务{tasks}个（联合抽查{joint}个）；应检查{due}户，已检查{checked}户，已公示{published}户，完成率{rate}；责令整改{rect}份，完结{done}份（完结率{closure}）；事项覆盖{covered}/{active}项（{coverage}）；参与检查人员{people}人。</source>
        <translation>{year} {plan}: {tasks} tasks ({joint} joint); {due} targets due, {checked} inspected, {published} published, completion {rate}; {rect} rectification notices, {done} completed (closure {closure}); items covered {covered}/{active} ({coverage}); {people} inspectors took part.</translation>
    </message>
    <message>
        <source>导出统计表</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>{year}年度双随机抽查统计.xlsx</source>
        <translation>Random inspection statistics {year}.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>年度执行情况报告</source>
        <translation>Annual execution report</translation>
    </message>
    <message>
        <source>{year}年度执行情况报告.pdf</source>
        <translation>Annual execution report {year}.pdf</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <source>结果先计算、后展示：每个风险等级中抽签号最小的检查对象中签，再为每个检查对象匹配检查组。</source>
        <translation>The result is computed first and shown afterwards: in each risk class the targets with the smallest lot numbers are drawn, then a team is matched to each target.</translation>
    </message>
    <message>
        <source>计算结果(&amp;J)</source>
        <translation>Compute the result (&amp;J)</translation>
    </message>
    <message>
        <source>序号 · 抽签号</source>
        <translation>No. · lot number</translation>
    </message>
    <message>
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>检查组</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>现场回避(&amp;H)…</source>
        <translation>On-site recusal (&amp;H)…</translation>
    </message>
    <message>
        <source>检查对象无法检查(&amp;U)…</source>
        <translation>Target &amp;unavailable…</translation>
    </message>
    <message>
        <source>现场事件</source>
        <translation>On-site events</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{role}：{name}（{staff}）</source>
        <translation>{role}: {name} ({staff})</translation>
    </message>
    <message>
        <source>{stratum}（应抽 {quota}，已抽 {n}）</source>
        <translation>{stratum} (to draw {quota}, drawn {n})</translation>
    </message>
    <message>
        <source>{n}. {key}…</source>
        <translation>{n}. {key}…</translation>
    </message>
    <message>
        <source>抽签号：{key}</source>
        <translation>Lot number: {key}</translation>
    </message>
    <message>
        <source>结果尚未计算</source>
        <translation>Result not computed yet</translation>
    </message>
    <message>
        <source>结果哈希：{hash}</source>
        <translation>Result hash: {hash}</translation>
    </message>
    <message>
        <source>{seq}. {text}</source>
        <translation>{seq}. {text}</translation>
    </message>
</context>
<context>
    <name>RevealStep</name>
    <message>
        <source>揭示摇号前生成的密钥。种子由冻结文件、密钥和各位见证人的数字共同计算得出；用揭示的密钥重新计算承诺值，应与摇号前公布的承诺值完全一致。</source>
        <translation>Reveals the secret key generated before the draw. The seed is computed from the frozen files, the key and every witness's digits; the commitment recomputed with the revealed key must be identical to the one published before the draw.</translation>
    </message>
    <message>
        <source>揭示密钥(&amp;R)</source>
        <translation>&amp;Reveal the key</translation>
    </message>
    <message>
        <source>密钥：</source>
        <translation>Secret: </translation>
    </message>
    <message>
        <source>种子：</source>
        <translation>Seed: </translation>
    </message>
    <message>
        <source>公布的承诺值：</source>
        <translation>Published commitment:</translation>
    </message>
    <message>
        <source>重新计算的承诺值：</source>
        <translation>Recomputed commitment:</translation>
    </message>
    <message>
        <source>（揭示后显示）</source>
        <translation>(shown after the reveal)</translation>
    </message>
    <message>
        <source>✔ 承诺值一致：密钥在见证人给出数字之前已经确定</source>
        <translation>✔ The commitments match: the key was fixed before the witnesses gave their digits</translation>
    </message>
    <message>
        <source>✘ 承诺值不一致，请立即中止本次摇号</source>
        <translation>✘ The commitments do not match; stop this draw at once</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>结果审核与公示</source>
        <translation>Review and publication</translation>
    </message>
    <message>
        <source>抽查任务(&amp;T)：</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>记录审核(&amp;1)</source>
        <translation>Record review (&amp;1)</translation>
    </message>
    <message>
        <source>公示与更正(&amp;2)</source>
        <translation>Publication and correction (&amp;2)</translation>
    </message>
    <message>
        <source>异议处理(&amp;3)</source>
        <translation>Objections (&amp;3)</translation>
    </message>
    <message>
        <source>信用平台导出(&amp;4)</source>
        <translation>Credit platform export (&amp;4)</translation>
    </message>
    <message>
        <source>没有进入检查或审核阶段的抽查任务。</source>
        <translation>No inspection task is in the inspection or review stage.</translation>
    </message>
    <message>
        <source>{number}　{name}（{state}）</source>
        <translation>{number}　{name} ({state})</translation>
    </message>
</context>
<context>
    <name>ReviewRecords</name>
    <message>
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>检查组长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>审核通过(&amp;A)…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>退回(&amp;B)…</source>
        <translation>Return (&amp;B)…</translation>
    </message>
    <message>
        <source>查看记录表(&amp;O)…</source>
        <translation>&amp;Open record sheet…</translation>
    </message>
    <message>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>录入中</source>
        <translation>Being entered</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>共{n}条记录：待审核{w}条，已审核{a}条，其余{o}条尚在录入或已退回。</source>
        <translation>{n} records: {w} awaiting review, {a} approved, the other {o} being entered or returned.</translation>
    </message>
    <message>
        <source>无法审核</source>
        <translation>Cannot review</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>审核通过{target}的抽查情况记录表？
检查结果：{result}
审核通过后记录不能再修改。</source>
        <translation>Approve the inspection record sheet of {target}?
Result: {result}
Once approved the record can no longer be changed.</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>退回记录表</source>
        <translation>Return record sheet</translation>
    </message>
    <message>
        <source>退回{target}的抽查情况记录表。请写明需要补正的内容：</source>
        <translation>Return the inspection record sheet of {target}. Please state what must be corrected or added:</translation>
    </message>
</context>
<context>
    <name>RosterCreator</name>
    <message>
        <source>新增{what}</source>
        <translation>New {what}</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>按导入模板的规则检查；保存后记入修改历史和审计日志。</source>
        <translation>Checked with the rules of the import template; saving is recorded in the change history and the audit log.</translation>
    </message>
    <message>
        <source>{error}

未作任何修改。</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>修改历史</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>保存修改(&amp;S)…</source>
        <translation>&amp;Save changes…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>状态：在用</source>
        <translation>State: in use</translation>
    </message>
    <message>
        <source>状态：已停用</source>
        <translation>State: deactivated</translation>
    </message>
    <message>
        <source>停用(&amp;D)…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>恢复启用(&amp;R)…</source>
        <translation>&amp;Reactivate…</translation>
    </message>
    <message>
        <source>修改历史（{n}）</source>
        <translation>Change history ({n})</translation>
    </message>
    <message>
        <source>{error}

未作任何修改。</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>没有需要保存的修改。</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <source>修改了：{fields}。
请填写修改原因（记入修改历史）：</source>
        <translation>Changed: {fields}.
Please give the reason for the change (recorded in the change history):</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>已保存{n}项修改。</source>
        <translation>{n} changes saved.</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>恢复启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>表单中有尚未保存的修改，继续将放弃这些修改。是否继续？</source>
        <translation>The form has unsaved changes; continuing discards them. Continue?</translation>
    </message>
    <message>
        <source>停用{what}？
停用后不再参加摇号抽取，记录和修改历史都会保留，可以随时恢复。</source>
        <translation>Deactivate {what}?
Once deactivated it takes no part in draws; the record and its change history are kept and it can be reactivated at any time.</translation>
    </message>
    <message>
        <source>恢复启用{what}？</source>
        <translation>Reactivate {what}?</translation>
    </message>
    <message>
        <source>请填写{action}原因（记入修改历史）：</source>
        <translation>Please give the reason ({action}; recorded in the change history):</translation>
    </message>
    <message>
        <source>已停用。</source>
        <translation>Deactivated.</translation>
    </message>
    <message>
        <source>已恢复启用。</source>
        <translation>Reactivated.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>查看/编辑(&amp;E)…</source>
        <translation>View / &amp;edit…</translation>
    </message>
    <message>
        <source>也可在表格中按回车或双击</source>
        <translation>You can also press Enter or double-click in the table</translation>
    </message>
    <message>
        <source>停用(&amp;D)…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>从 Excel 或 CSV 文件导入（Ctrl+I）</source>
        <translation>Import from an Excel or CSV file (Ctrl+I)</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>下载模板(&amp;T)…</source>
        <translation>Download &amp;template…</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>状态(&amp;Z)：</source>
        <translation>State (&amp;Z):</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>恢复启用(&amp;D)…</source>
        <translation>Reactivate (&amp;D)…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>恢复启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>停用{what}？
停用后不再参加摇号抽取，记录和修改历史都会保留，可以随时恢复。</source>
        <translation>Deactivate {what}?
Once deactivated it takes no part in draws; the record and its change history are kept and it can be reactivated at any time.</translation>
    </message>
    <message>
        <source>恢复启用{what}？</source>
        <translation>Reactivate {what}?</translation>
    </message>
    <message>
        <source>请填写{action}原因（记入修改历史）：</source>
        <translation>Please give the reason ({action}; recorded in the change history):</translation>
    </message>
    <message>
        <source>{error}

未作任何修改。</source>
        <translation>{error}

Nothing was changed.</translation>
    </message>
    <message>
        <source>导出{what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <source>{what}名录_{day}.xlsx</source>
        <translation>{what} roster_{day}.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出{n}条记录。</source>
        <translation>{n} records exported.</translation>
    </message>
    <message>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <source>{what}导入模板.xlsx</source>
        <translation>{what} import template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存：{path}</source>
        <translation>Template saved: {path}</translation>
    </message>
</context>
<context>
    <name>RosterPicker</name>
    <message>
        <source>输入姓名或警号搜索</source>
        <translation>Type a name or badge no. to search</translation>
    </message>
    <message>
        <source>输入名称或统一社会信用代码搜索</source>
        <translation>Type a name or unified social credit code to search</translation>
    </message>
    <message>
        <source>{name}　警号 {staff_no}　{dept}</source>
        <translation>{name}　badge no. {staff_no}　{dept}</translation>
    </message>
    <message>
        <source>{name}　{code}</source>
        <translation>{name}　{code}</translation>
    </message>
    <message>
        <source>共{n}条匹配，只列出前{m}条，请输入更多文字缩小范围</source>
        <translation>{n} matches; only the first {m} are listed. Type more to narrow the search</translation>
    </message>
    <message>
        <source>共{n}条匹配</source>
        <translation>{n} matches</translation>
    </message>
</context>
<context>
    <name>RosterWarningsPanel</name>
    <message>
        <source>【已过期】</source>
        <translation>[Expired]</translation>
    </message>
    <message>
        <source>【将到期】</source>
        <translation>[Expiring]</translation>
    </message>
    <message>
        <source>【组长不足】</source>
        <translation>[Too few leaders]</translation>
    </message>
    <message>
        <source>回车或双击打开该人员</source>
        <translation>Press Enter or double-click to open this inspector</translation>
    </message>
    <message>
        <source>回车或双击列出该部门的人员</source>
        <translation>Press Enter or double-click to list this department's inspectors</translation>
    </message>
    <message>
        <source>名录提醒（{n}条）</source>
        <translation>Roster warnings ({n})</translation>
    </message>
    <message>
        <source>名录提醒：无</source>
        <translation>Roster warnings: none</translation>
    </message>
</context>
<context>
    <name>RuleProfile</name>
    <message>
        <source>同一对象每年最多被抽取次数</source>
        <translation>Max. draws of one target per year</translation>
    </message>
    <message>
        <source>本年同一事项已检查合格的对象不再抽取</source>
        <translation>Skip targets inspected and passed for the same item this year</translation>
    </message>
    <message>
        <source>其他单位本年已检查的对象</source>
        <translation>Targets already inspected by another unit this year</translation>
    </message>
    <message>
        <source>按风险等级分层抽取</source>
        <translation>Draw stratified by risk class</translation>
    </message>
    <message>
        <source>抽查比例的计算基数</source>
        <translation>Base of the sampling ratio</translation>
    </message>
    <message>
        <source>抽取数量取整方式</source>
        <translation>Rounding of the number to draw</translation>
    </message>
    <message>
        <source>检查组最少人数</source>
        <translation>Minimum team size</translation>
    </message>
    <message>
        <source>联合抽查组长来自发起部门</source>
        <translation>Team leader of a joint inspection from the initiating department</translation>
    </message>
    <message>
        <source>每人每次任务最多检查对象数</source>
        <translation>Max. targets per inspector per task</translation>
    </message>
    <message>
        <source>文书中显示执法证号</source>
        <translation>Show licence numbers in documents</translation>
    </message>
    <message>
        <source>更换检查人员须审批</source>
        <translation>Replacing an inspector needs approval</translation>
    </message>
    <message>
        <source>更换检查人员的方式</source>
        <translation>How a replaced inspector is chosen</translation>
    </message>
    <message>
        <source>回避时允许组内调换</source>
        <translation>Allow swapping within the team on recusal</translation>
    </message>
    <message>
        <source>结果公示时限的起算点</source>
        <translation>Start of the publication deadline</translation>
    </message>
    <message>
        <source>结果公示时限（工作日）</source>
        <translation>Publication deadline (working days)</translation>
    </message>
    <message>
        <source>未发现问题结果公示时限（工作日）</source>
        <translation>Publication deadline for results without problems (working days)</translation>
    </message>
    <message>
        <source>检查报告时限（工作日）</source>
        <translation>Inspection report deadline (working days)</translation>
    </message>
    <message>
        <source>反馈并公示时限（工作日）</source>
        <translation>Feedback and publication deadline (working days)</translation>
    </message>
    <message>
        <source>检查对象陈述意见时限（工作日）</source>
        <translation>Deadline for the target's comments (working days)</translation>
    </message>
    <message>
        <source>异议复核时限（工作日）</source>
        <translation>Objection review deadline (working days)</translation>
    </message>
    <message>
        <source>复核结果反馈时限（工作日）</source>
        <translation>Deadline for feeding back the review result (working days)</translation>
    </message>
    <message>
        <source>更正公示结果须主要负责人签批</source>
        <translation>Correcting a published result needs the principal's sign-off</translation>
    </message>
    <message>
        <source>每年至少联合抽查次数</source>
        <translation>Min. joint inspections per year</translation>
    </message>
    <message>
        <source>年度计划须覆盖全部抽查事项</source>
        <translation>The annual plan must cover all inspection items</translation>
    </message>
    <message>
        <source>档案保存年限</source>
        <translation>Retention period of records (years)</translation>
    </message>
    <message>
        <source>文号序号补零位数</source>
        <translation>Zero-padding digits of document serial numbers</translation>
    </message>
    <message>
        <source>不作处理</source>
        <translation>No action</translation>
    </message>
    <message>
        <source>排除</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>合并为联合检查</source>
        <translation>Merge into a joint inspection</translation>
    </message>
    <message>
        <source>全部对象</source>
        <translation>All targets</translation>
    </message>
    <message>
        <source>符合条件的对象</source>
        <translation>Eligible targets</translation>
    </message>
    <message>
        <source>向上取整</source>
        <translation>Round up</translation>
    </message>
    <message>
        <source>四舍五入</source>
        <translation>Round half up</translation>
    </message>
    <message>
        <source>审批后随机重抽</source>
        <translation>Random redraw after approval</translation>
    </message>
    <message>
        <source>审批后指定人员</source>
        <translation>Person named after approval</translation>
    </message>
    <message>
        <source>任务结束之日</source>
        <translation>End of the task</translation>
    </message>
    <message>
        <source>检查之日</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>检查报告之日</source>
        <translation>Inspection report date</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>按档案管理规定</source>
        <translation>According to the archive rules</translation>
    </message>
    <message>
        <source>无要求</source>
        <translation>No requirement</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n}个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>及时公示</source>
        <translation>Publish promptly</translation>
    </message>
    <message>
        <source>{anchor}起{days}</source>
        <translation>{days} from {anchor}</translation>
    </message>
    <message>
        <source>同一对象每年最多被抽取</source>
        <translation>Max. draws of one target per year</translation>
    </message>
    <message>
        <source>{n}次</source>
        <translation>{n} times</translation>
    </message>
    <message>
        <source>更换检查人员</source>
        <translation>Replacing an inspector</translation>
    </message>
    <message>
        <source>结果公示时限</source>
        <translation>Publication deadline</translation>
    </message>
    <message>
        <source>异议复核时限</source>
        <translation>Objection review deadline</translation>
    </message>
    <message>
        <source>更正须主要负责人签批</source>
        <translation>Corrections signed off by the principal</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>每年至少联合抽查</source>
        <translation>Min. joint inspections per year</translation>
    </message>
    <message>
        <source>依据：{source}</source>
        <translation>Basis: {source}</translation>
    </message>
</context>
<context>
    <name>ScreenPicker</name>
    <message>
        <source>未命名</source>
        <translation>Unnamed</translation>
    </message>
    <message>
        <source>显示屏 {n}：{name}（{w}×{h}）</source>
        <translation>Screen {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
        <source> · 操作台所在屏幕</source>
        <translation> · screen of the operator console</translation>
    </message>
    <message>
        <source>选择投影屏幕</source>
        <translation>Choose the projector screen</translation>
    </message>
    <message>
        <source>请选择会议室投影仪或大屏所在的显示屏。摇号过程中屏幕断开不会影响摇号，重新接上后可再次显示。</source>
        <translation>Choose the screen of the meeting-room projector or large display. Disconnecting the screen during the draw does not affect the draw; once reconnected it can be shown again.</translation>
    </message>
    <message>
        <source>识别屏幕</source>
        <translation>Identify screens</translation>
    </message>
    <message>
        <source>在此屏幕上投影</source>
        <translation>Project on this screen</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>无法写入截图：{path}</source>
        <translation>Cannot write the screenshot: {path}</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>文件尚不存在，启动时将新建：{path}</source>
        <translation>The file does not exist yet and will be created at start: {path}</translation>
    </message>
    <message>
        <source>目录不存在，启动时将尝试创建：{path}</source>
        <translation>The folder does not exist; the program will try to create it at start: {path}</translation>
    </message>
    <message>
        <source>连接成功（{dialect} {version}）</source>
        <translation>Connected ({dialect} {version})</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>规则配置</source>
        <translation>Rule profile</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>留空使用默认位置；或填写 SQLite 文件路径、postgresql://用户@服务器/库名</source>
        <translation>Leave empty for the default location, or enter an SQLite file path or postgresql://user@server/dbname</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>当前使用：{where}</source>
        <translation>Currently in use: {where}</translation>
    </message>
    <message>
        <source>修改后在下次启动时生效。多台电脑共用数据时请使用 PostgreSQL 服务器；SQLite 文件不能放在网络共享目录中。</source>
        <translation>Changes take effect at the next start. To share data between several computers use a PostgreSQL server; an SQLite file must not be placed in a network share.</translation>
    </message>
    <message>
        <source>选择数据库文件</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite3 *.db)</source>
        <translation>SQLite databases (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>连接失败：{reason}</source>
        <translation>Connection failed: {reason}</translation>
    </message>
    <message>
        <source>已保存，将在下次启动时生效。</source>
        <translation>Saved; takes effect at the next start.</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>保存后界面立即切换语言；已打开的对话框在重新打开后使用新语言。</source>
        <translation>The interface switches language as soon as you save; dialogs that are open use the new language when opened again.</translation>
    </message>
    <message>
        <source>已切换界面语言。</source>
        <translation>Interface language switched.</translation>
    </message>
    <message>
        <source>载入预设值(&amp;P)</source>
        <translation>Load &amp;preset values</translation>
    </message>
    <message>
        <source>保存规则配置(&amp;S)</source>
        <translation>&amp;Save rule profile</translation>
    </message>
    <message>
        <source>预设：</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>只有管理员可以修改规则配置。</source>
        <translation>Only administrators can change the rule profile.</translation>
    </message>
    <message>
        <source>保存规则配置</source>
        <translation>Save rule profile</translation>
    </message>
    <message>
        <source>新的规则将用于此后的抽取、时限和文书。确定保存吗？</source>
        <translation>The new rules will apply to later draws, deadlines and documents. Save?</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>抽查事项</source>
        <translation>Inspection items</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>管辖单位</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>按部门(&amp;1)</source>
        <translation>By department (&amp;1)</translation>
    </message>
    <message>
        <source>按事项(&amp;2)</source>
        <translation>By item (&amp;2)</translation>
    </message>
    <message>
        <source>按风险等级(&amp;3)</source>
        <translation>By risk class (&amp;3)</translation>
    </message>
    <message>
        <source>按管辖单位(&amp;4)</source>
        <translation>By jurisdiction (&amp;4)</translation>
    </message>
    <message>
        <source>任务编号</source>
        <translation>Task number</translation>
    </message>
    <message>
        <source>任务名称</source>
        <translation>Task name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>联合</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>应检查数</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已检查</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>按任务(&amp;5)</source>
        <translation>By task (&amp;5)</translation>
    </message>
    <message>
        <source>警号/工号</source>
        <translation>Badge / staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>参加检查组数</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>其中任组长</source>
        <translation>As leader</translation>
    </message>
    <message>
        <source>人员工作量(&amp;6)</source>
        <translation>Inspector workload (&amp;6)</translation>
    </message>
    <message>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>录入中</source>
        <translation>Being entered</translation>
    </message>
    <message>
        <source>处置：{name}</source>
        <translation>Disposal: {name}</translation>
    </message>
    <message>
        <source>责令整改</source>
        <translation>Rectification order</translation>
    </message>
    <message>
        <source>完结数</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>完结率</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>{year}年度 {heading}：应检查数与已公示</source>
        <translation>{year} by {heading}: due and published</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>参加检查组最多的{n}人</source>
        <translation>The {n} inspectors with the most teams</translation>
    </message>
    <message>
        <source>{name}（{staff_no}）</source>
        <translation>{name} ({staff_no})</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>检查对象：{name}（{code}）</source>
        <translation>Target: {name} ({code})</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>新增(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>手工添加一个检查对象</source>
        <translation>Add one inspection target by hand</translation>
    </message>
    <message>
        <source>风险等级(&amp;R)：</source>
        <translation>&amp;Risk class:</translation>
    </message>
    <message>
        <source>{code} {label}</source>
        <translation>{code} {label}</translation>
    </message>
    <message>
        <source>管辖机关(&amp;J)：</source>
        <translation>&amp;Jurisdiction:</translation>
    </message>
    <message>
        <source>行业(&amp;H)：</source>
        <translation>Industry (&amp;H):</translation>
    </message>
</context>
<context>
    <name>TaskArchivePanel</name>
    <message>
        <source>任务编号</source>
        <translation>Task number</translation>
    </message>
    <message>
        <source>任务名称</source>
        <translation>Task name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>应检查数</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>生成归档包(&amp;A)</source>
        <translation>Create &amp;archive package</translation>
    </message>
    <message>
        <source>保存为文件夹…</source>
        <translation>Save as a folder…</translation>
    </message>
    <message>
        <source>保存为 ZIP 文件…</source>
        <translation>Save as a ZIP file…</translation>
    </message>
    <message>
        <source>校验归档包(&amp;V)</source>
        <translation>&amp;Verify archive package</translation>
    </message>
    <message>
        <source>校验文件夹…</source>
        <translation>Verify a folder…</translation>
    </message>
    <message>
        <source>校验 ZIP 文件…</source>
        <translation>Verify a ZIP file…</translation>
    </message>
    <message>
        <source>选中任务的文书与归档：</source>
        <translation>Documents and archive of the selected task:</translation>
    </message>
    <message>
        <source>（该任务尚无可打印的文书）</source>
        <translation>(this task has no documents to print yet)</translation>
    </message>
    <message>
        <source>打印{title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>生成归档包</source>
        <translation>Create archive package</translation>
    </message>
    <message>
        <source>ZIP 文件 (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>选择保存位置（将新建文件夹“{name}”）</source>
        <translation>Choose where to save (a new folder “{name}” is made there)</translation>
    </message>
    <message>
        <source>已生成归档包：{path}
共{files}个文件，{size}。</source>
        <translation>Archive package written: {path}
{files} files, {size}.</translation>
    </message>
    <message>
        <source>字体提示：</source>
        <translation>Font notice: </translation>
    </message>
    <message>
        <source>已生成归档包：{path}</source>
        <translation>Archive package written: {path}</translation>
    </message>
    <message>
        <source>已取消，未生成归档包。</source>
        <translation>Cancelled; no archive package was written.</translation>
    </message>
    <message>
        <source>正在生成归档包…</source>
        <translation>Writing the archive package…</translation>
    </message>
    <message>
        <source>校验归档包</source>
        <translation>Verify archive package</translation>
    </message>
    <message>
        <source>选择归档包文件夹</source>
        <translation>Choose the archive package folder</translation>
    </message>
    <message>
        <source>{path}中没有 manifest.json，不是本程序生成的归档包。</source>
        <translation>{path} holds no manifest.json; it is not an archive package made by this program.</translation>
    </message>
    <message>
        <source>{path}的 manifest.json 无法读取。</source>
        <translation>The manifest.json of {path} cannot be read.</translation>
    </message>
    <message>
        <source>校验通过：任务{task}的归档包（{files}个文件，生成于{at}）与清单一致。</source>
        <translation>Verified: the archive package of task {task} ({files} files, made {at}) matches its manifest.</translation>
    </message>
    <message>
        <source>校验未通过：任务{task}的归档包与清单不一致。</source>
        <translation>Verification failed: the archive package of task {task} does not match its manifest.</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>多出</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>已改动</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>新建抽查任务</source>
        <translation>New inspection task</translation>
    </message>
    <message>
        <source>规则配置要求每组至少{n}人</source>
        <translation>The rule profile requires at least {n} per team</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>每组人数(&amp;T)：</source>
        <translation>&amp;Team size:</translation>
    </message>
    <message>
        <source>每人最多参加组数(&amp;M)：</source>
        <translation>&amp;Max. teams per inspector:</translation>
    </message>
    <message>
        <source>法律依据(&amp;L)：</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>创建任务</source>
        <translation>Create task</translation>
    </message>
    <message>
        <source>无法创建任务</source>
        <translation>Cannot create the task</translation>
    </message>
</context>
<context>
    <name>TaskFields</name>
    <message>
        <source>重点</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>{code}  {name}（{kind}）</source>
        <translation>{code}  {name} ({kind})</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>向上取整</source>
        <translation>Round up</translation>
    </message>
    <message>
        <source>四舍五入</source>
        <translation>Round half up</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>抽查事项(&amp;I)：</source>
        <translation>Inspection &amp;items:</translation>
    </message>
    <message>
        <source>起止日期(&amp;W)：</source>
        <translation>Period (&amp;W):</translation>
    </message>
    <message>
        <source>抽查比例(&amp;Q)：</source>
        <translation>Sampling ratio (&amp;Q):</translation>
    </message>
    <message>
        <source>取整方式(&amp;R)：</source>
        <translation>&amp;Rounding:</translation>
    </message>
    <message>
        <source>定向抽查（仅抽取所选类别的检查对象）(&amp;D)</source>
        <translation>&amp;Directed inspection (draw only targets of the chosen categories)</translation>
    </message>
    <message>
        <source>联合抽查(&amp;J)</source>
        <translation>&amp;Joint inspection</translation>
    </message>
    <message>
        <source>不勾选表示全部</source>
        <translation>None ticked means all</translation>
    </message>
    <message>
        <source>管辖机关(&amp;G)：</source>
        <translation>Jurisdiction (&amp;G):</translation>
    </message>
    <message>
        <source>行业类别(&amp;H)：</source>
        <translation>Industry (&amp;H):</translation>
    </message>
    <message>
        <source>定向类别：</source>
        <translation>Directed categories:</translation>
    </message>
    <message>
        <source>发起部门：</source>
        <translation>Initiating department:</translation>
    </message>
    <message>
        <source>参与部门：</source>
        <translation>Participating departments:</translation>
    </message>
    <message>
        <source>范围与联合</source>
        <translation>Scope and joint inspection</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>新建任务(&amp;N)…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>开始摇号(&amp;D)…</source>
        <translation>Start &amp;draw…</translation>
    </message>
    <message>
        <source>演练(&amp;P)…</source>
        <translation>Rehearsal (&amp;P)…</translation>
    </message>
    <message>
        <source>演练摇号：流程与正式摇号相同，结果不计入抽取次数、不派发任务</source>
        <translation>Rehearsal draw: the same procedure as a real draw, but the result is not counted and no task is dispatched</translation>
    </message>
    <message>
        <source>锁定后更换检查人员(&amp;G)…</source>
        <translation>Chan&amp;ge inspectors after lock…</translation>
    </message>
    <message>
        <source>摇号结果锁定后，经审批更换某一检查组的成员；结果仍可验证</source>
        <translation>After the draw result is locked, replace a team member with an approver's sign-off; the result stays verifiable</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>抽查任务</source>
        <translation>Inspection tasks</translation>
    </message>
    <message>
        <source>任务编号</source>
        <translation>Task number</translation>
    </message>
    <message>
        <source>任务名称</source>
        <translation>Task name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>起止日期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待抽取</source>
        <translation>Ready for drawing</translation>
    </message>
    <message>
        <source>已抽取</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>检查中</source>
        <translation>Inspecting</translation>
    </message>
    <message>
        <source>审核中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>抽取范围预览</source>
        <translation>Draw scope preview</translation>
    </message>
    <message>
        <source>还没有抽查任务。按 Ctrl+N 新建任务。</source>
        <translation>No inspection tasks yet. Press Ctrl+N to create one.</translation>
    </message>
    <message>
        <source>抽取范围预览：{number}</source>
        <translation>Draw scope preview: {number}</translation>
    </message>
    <message>
        <source>正在计算抽取范围…</source>
        <translation>Computing the draw scope…</translation>
    </message>
    <message>
        <source>锁定后更换检查人员</source>
        <translation>Change inspectors after lock</translation>
    </message>
    <message>
        <source>该任务还没有锁定的正式摇号结果。</source>
        <translation>This task has no locked real draw result yet.</translation>
    </message>
</context>
<context>
    <name>UnavailableDialog</name>
    <message>
        <source>检查对象无法检查</source>
        <translation>Target unavailable</translation>
    </message>
    <message>
        <source>该检查对象退出本次抽查，其检查组解散，由同一风险等级候补名单中的第一个检查对象递补。</source>
        <translation>The target leaves this inspection and its team is dissolved; the first target on the reserve list of the same risk class takes its place.</translation>
    </message>
    <message>
        <source>{n}. {name}（{code}）</source>
        <translation>{n}. {name} ({code})</translation>
    </message>
    <message>
        <source>例如：已注销、已停业、经营场所无法联系</source>
        <translation>e.g. deregistered, closed down, premises cannot be reached</translation>
    </message>
    <message>
        <source>检查对象(&amp;T)：</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>没有可选的检查对象</source>
        <translation>No target to choose</translation>
    </message>
    <message>
        <source>请填写原因</source>
        <translation>Please enter the reason</translation>
    </message>
</context>
<context>
    <name>WitnessStep</name>
    <message>
        <source>请各位见证人在纸条上写下 4–64 位数字，全部写好后一同交出，由操作员逐一录入（输入内容不显示）。全部录入并确认后立即揭示密钥。</source>
        <translation>Each witness writes 4–64 digits on a slip of paper; when all are written they are handed over together and the operator enters them one by one (the input is not displayed). Once all are entered and confirmed, the key is revealed at once.</translation>
    </message>
    <message>
        <source>席位</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>已录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>添加见证人(&amp;A)</source>
        <translation>&amp;Add witness</translation>
    </message>
    <message>
        <source>删除最后一位(&amp;X)</source>
        <translation>Remove the last one (&amp;X)</translation>
    </message>
    <message>
        <source>确认见证人及数字(&amp;O)</source>
        <translation>C&amp;onfirm witnesses and digits</translation>
    </message>
    <message>
        <source>人大代表</source>
        <translation>People's congress deputy</translation>
    </message>
    <message>
        <source>政协委员</source>
        <translation>CPPCC member</translation>
    </message>
    <message>
        <source>企业代表</source>
        <translation>Business representative</translation>
    </message>
    <message>
        <source>纪检监察</source>
        <translation>Discipline inspection</translation>
    </message>
    <message>
        <source>群众代表</source>
        <translation>Citizen representative</translation>
    </message>
    <message>
        <source>公证人员</source>
        <translation>Notary</translation>
    </message>
    <message>
        <source>新闻媒体</source>
        <translation>News media</translation>
    </message>
    <message>
        <source>第{n}位见证人姓名</source>
        <translation>Name of witness {n}</translation>
    </message>
    <message>
        <source>第{n}位见证人数字</source>
        <translation>Digits of witness {n}</translation>
    </message>
    <message>
        <source>格式不对</source>
        <translation>Invalid format</translation>
    </message>
</context>
<context>
    <name>_EntriesPage</name>
    <message>
        <source>计划条目</source>
        <translation>Plan entries</translation>
    </message>
    <message>
        <source>每个条目是一次（或几次）抽查：事项、范围、时间、各风险等级的比例或数量、频次、是否联合。</source>
        <translation>Each entry is one (or several) inspections: item, scope, period, ratio or number per risk class, frequency, whether joint.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>起止日期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>抽查比例</source>
        <translation>Sampling ratio</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>联合</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>添加条目(&amp;A)…</source>
        <translation>&amp;Add entry…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_FinishPage</name>
    <message>
        <source>调整计划</source>
        <translation>Adjust plan</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>仅保存为草稿(&amp;S)</source>
        <translation>&amp;Save as draft only</translation>
    </message>
    <message>
        <source>保存并公布(&amp;P)</source>
        <translation>Save and &amp;publish</translation>
    </message>
    <message>
        <source>该计划已公布。请填写调整原因，调整前后的内容将一并记录。</source>
        <translation>This plan has been published. Please give the reason for the adjustment; the content before and after is recorded together.</translation>
    </message>
    <message>
        <source>调整原因(&amp;R)：</source>
        <translation>&amp;Reason for the adjustment:</translation>
    </message>
</context>
<context>
    <name>_ItemsPage</name>
    <message>
        <source>抽查事项</source>
        <translation>Inspection items</translation>
    </message>
    <message>
        <source>勾选本年度列入计划的事项；未列入的事项须填写理由（如“本年度辖区内无此类检查对象”）。</source>
        <translation>Tick the items included in this year's plan; for items left out, give a reason (e.g. “no such targets in the jurisdiction this year”).</translation>
    </message>
    <message>
        <source>列入计划</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>未列入理由</source>
        <translation>Reason for leaving out</translation>
    </message>
    <message>
        <source>请填写理由</source>
        <translation>Please give a reason</translation>
    </message>
    <message>
        <source>事项 {code} 未列入计划，请填写理由。</source>
        <translation>Item {code} is not in the plan; please give a reason.</translation>
    </message>
</context>
<context>
    <name>_ReviewPage</name>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>公布前请处理以下提示；未列入计划又未说明理由的事项会使公布被拒绝。</source>
        <translation>Please deal with the notes below before publishing; items neither in the plan nor explained make the publication fail.</translation>
    </message>
    <message>
        <source>&lt;p&gt;{year}年度：{n} 个计划条目，其中联合抽查 {j} 个。&lt;/p&gt;</source>
        <translation>&lt;p&gt;{year}: {n} plan entries, {j} of them joint inspections.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#b00020'&gt;未列入计划且未说明理由的事项：{items}&lt;/p&gt;</source>
        <translation>&lt;p style='color:#b00020'&gt;Items neither in the plan nor explained: {items}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#b26a00'&gt;⚠ {text}&lt;/p&gt;</source>
        <translation>&lt;p style='color:#b26a00'&gt;⚠ {text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#1d6b34'&gt;✔ 没有发现问题。&lt;/p&gt;</source>
        <translation>&lt;p style='color:#1d6b34'&gt;✔ No problems found.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>_YearPage</name>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>每年一份年度抽查计划；公布后只能通过“调整计划”修改，并记录调整原因。</source>
        <translation>One annual plan per year; once published it can only be changed by “Adjust plan”, with the reason recorded.</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>计划名称(&amp;T)：</source>
        <translation>Plan &amp;title:</translation>
    </message>
    <message>
        <source>计划已公布</source>
        <translation>Plan published</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录中的 SQLite 文件）</source>
        <translation>Database: SQLite file path or SQLAlchemy URL (default: SQLite file in the user data directory)</translation>
    </message>
    <message>
        <source>双随机抽查工作台。不带参数运行时启动图形界面。</source>
        <translation>Double-Random Inspection Workbench. Without arguments it starts the graphical interface.</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>归档包：生成或校验</source>
        <translation>Archive package: create or verify</translation>
    </message>
    <message>
        <source>生成抽查任务的归档包</source>
        <translation>Create the archive package of a task</translation>
    </message>
    <message>
        <source>任务编号，如 咸公抽查〔2026〕1号</source>
        <translation>Task number, e.g. 咸公抽查〔2026〕1号</translation>
    </message>
    <message>
        <source>输出位置：文件夹（须不存在或为空），或以 .zip 结尾的压缩文件</source>
        <translation>Output: a folder (must not exist or be empty), or a compressed file ending in .zip</translation>
    </message>
    <message>
        <source>按清单（manifest.json）校验归档包</source>
        <translation>Verify an archive package against its manifest (manifest.json)</translation>
    </message>
    <message>
        <source>归档包文件夹或 .zip 文件</source>
        <translation>Archive package folder or .zip file</translation>
    </message>
    <message>
        <source>字体提示：</source>
        <translation>Font notice: </translation>
    </message>
    <message>
        <source>已生成归档包：{0}（{1}个文件，{2}字节）</source>
        <translation>Archive package created: {0} ({1} files, {2} bytes)</translation>
    </message>
    <message>
        <source>归档包无法校验：</source>
        <translation>The archive package cannot be verified: </translation>
    </message>
    <message>
        <source>缺少 manifest.json</source>
        <translation>manifest.json is missing</translation>
    </message>
    <message>
        <source>manifest.json 格式错误</source>
        <translation>manifest.json is malformed</translation>
    </message>
    <message>
        <source>校验通过：{0}（任务 {1}，{2}个文件，生成于 {3}）</source>
        <translation>Verification passed: {0} (task {1}, {2} files, created {3})</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>多出</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>已改动</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>校验未通过：缺失{0}个，多出{1}个，改动{2}个文件</source>
        <translation>Verification failed: {0} missing, {1} extra, {2} changed files</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>校验审计日志哈希链</source>
        <translation>Verify the hash chain of the audit log</translation>
    </message>
    <message>
        <source>审计日志完整：共 {0} 条事件，哈希链校验通过。</source>
        <translation>The audit log is intact: {0} events, hash chain verified.</translation>
    </message>
    <message>
        <source>审计日志被篡改：第 {0} 号事件校验失败（{1}）。</source>
        <translation>The audit log has been tampered with: event no. {0} failed verification ({1}).</translation>
    </message>
    <message>
        <source>备份数据库（SQLite 文件或 pg_dump）</source>
        <translation>Back up the database (SQLite file or pg_dump)</translation>
    </message>
    <message>
        <source>备份目录（默认：备份策略中的目录）</source>
        <translation>Backup folder (default: the folder of the backup policy)</translation>
    </message>
    <message>
        <source>保留最新的份数（默认：备份策略中的份数）</source>
        <translation>Number of latest backups to keep (default: as in the backup policy)</translation>
    </message>
    <message>
        <source>用备份文件恢复 SQLite 数据库</source>
        <translation>Restore the SQLite database from a backup file</translation>
    </message>
    <message>
        <source>备份文件（shuangsuiji-日期-时间.sqlite3）</source>
        <translation>Backup file (shuangsuiji-date-time.sqlite3)</translation>
    </message>
    <message>
        <source>不再询问，直接恢复</source>
        <translation>Do not ask, restore at once</translation>
    </message>
    <message>
        <source>已备份：{0}（{1:.1f} MB）</source>
        <translation>Backed up: {0} ({1:.1f} MB)</translation>
    </message>
    <message>
        <source>--keep 必须至少为 1。</source>
        <translation>--keep must be at least 1.</translation>
    </message>
    <message>
        <source>未找到 pg_dump 程序，请安装 PostgreSQL 客户端工具。</source>
        <translation>pg_dump not found; please install the PostgreSQL client tools.</translation>
    </message>
    <message>
        <source>将用备份文件恢复数据库：</source>
        <translation>The database will be restored from the backup file: </translation>
    </message>
    <message>
        <source>确认恢复？当前数据将被替换（已自动备份）[y/N] </source>
        <translation>Confirm restore? The current data will be replaced (a backup is made automatically) [y/N] </translation>
    </message>
    <message>
        <source>找不到备份文件：</source>
        <translation>Backup file not found: </translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用 pg_restore 恢复（见上面的说明）。</source>
        <translation>Restore a PostgreSQL database with pg_restore (see the instructions above).</translation>
    </message>
    <message>
        <source>备份文件校验通过：结构版本 {0}，审计日志 {1} 条。</source>
        <translation>Backup file verified: schema revision {0}, {1} audit log entries.</translation>
    </message>
    <message>
        <source>没有终端可供确认；确认无误后请加 --yes 重新运行。</source>
        <translation>No terminal to confirm on; once you are sure, run again with --yes.</translation>
    </message>
    <message>
        <source>已取消，数据库未改动。</source>
        <translation>Cancelled; the database was not changed.</translation>
    </message>
    <message>
        <source>恢复前的数据已自动备份到：</source>
        <translation>The data before the restore was backed up automatically to: </translation>
    </message>
    <message>
        <source>已恢复：</source>
        <translation>Restored: </translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>载入演示单位数据</source>
        <translation>Load the demo bureau data</translation>
    </message>
    <message>
        <source>规则配置预设：xianning, weihai, quzhou, yangcheng, luohe</source>
        <translation>Rule profile preset: xianning, weihai, quzhou, yangcheng, luohe</translation>
    </message>
    <message>
        <source>small：约600个检查对象；large：100000个检查对象、2000名执法人员</source>
        <translation>small: about 600 targets; large: 100,000 targets and 2,000 inspectors</translation>
    </message>
    <message>
        <source>已载入演示单位：</source>
        <translation>Demo bureau loaded: </translation>
    </message>
    <message>
        <source>事项 {0}，检查对象 {1}，执法人员 {2}，回避关系 {3}，待抽取任务 {4}</source>
        <translation>items {0}, targets {1}, inspectors {2}, conflicts {3}, tasks ready for drawing {4}</translation>
    </message>
    <message>
        <source>  账号 {0} / 密码 {1}（{2}）</source>
        <translation>  account {0} / password {1} ({2})</translation>
    </message>
    <message>
        <source>列出抽查任务</source>
        <translation>List inspection tasks</translation>
    </message>
    <message>
        <source>只列出待抽取任务的编号，每行一个</source>
        <translation>List only the numbers of the tasks ready for drawing, one per line</translation>
    </message>
    <message>
        <source>无界面完成一次摇号抽取并导出抽取包</source>
        <translation>Run a draw without the interface and export the draw package</translation>
    </message>
    <message>
        <source>见证人数字（按座次，可重复）</source>
        <translation>Witness digits (in seat order, may be repeated)</translation>
    </message>
    <message>
        <source>演练：不计入年度抽取次数</source>
        <translation>Rehearsal: not counted towards the yearly draw count</translation>
    </message>
    <message>
        <source>抽取包输出目录或 .zip 文件</source>
        <translation>Output folder or .zip file of the draw package</translation>
    </message>
    <message>
        <source>复核抽取包（目录或 .zip）</source>
        <translation>Verify a draw package (folder or .zip)</translation>
    </message>
    <message>
        <source>已冻结名录：逐一核验全部 {0} 个可抽对象，任何种子下都能配齐检查组</source>
        <translation>Roster frozen: all {0} drawable targets checked one by one; a team can be formed under any seed</translation>
    </message>
    <message>
        <source>已冻结名录：可行性预演 {0} 次全部成功</source>
        <translation>Roster frozen: all {0} feasibility trial runs succeeded</translation>
    </message>
    <message>
        <source>承诺值：</source>
        <translation>Commitment: </translation>
    </message>
    <message>
        <source>见证人{0}</source>
        <translation>Witness {0}</translation>
    </message>
    <message>
        <source>密钥：</source>
        <translation>Secret: </translation>
    </message>
    <message>
        <source>种子：</source>
        <translation>Seed: </translation>
    </message>
    <message>
        <source>抽取检查对象 {0} 户；结果哈希：{1}</source>
        <translation>{0} targets drawn; result hash: {1}</translation>
    </message>
    <message>
        <source>抽取包已写入：</source>
        <translation>Draw package written to: </translation>
    </message>
    <message>
        <source>找不到抽取包：</source>
        <translation>Draw package not found: </translation>
    </message>
    <message>
        <source>从 Excel/CSV 导入事项清单、检查对象、执法人员或回避关系</source>
        <translation>Import the item list, targets, inspectors or conflicts from Excel/CSV</translation>
    </message>
    <message>
        <source>items 事项，targets 检查对象，inspectors 执法人员，conflicts 回避关系</source>
        <translation>items: inspection items, targets: targets, inspectors: inspectors, conflicts: conflicts</translation>
    </message>
    <message>
        <source>.xlsx、.xls 或 .csv 文件（UTF-8 或 GBK）</source>
        <translation>.xlsx, .xls or .csv file (UTF-8 or GBK)</translation>
    </message>
    <message>
        <source>只检查并显示将要发生的变化，不写入</source>
        <translation>Only check and show the changes that would be made, write nothing</translation>
    </message>
    <message>
        <source>停用库中有、文件中没有的记录</source>
        <translation>Deactivate records that are in the roster but not in the file</translation>
    </message>
    <message>
        <source>自动新建文件中出现的未知业务所队</source>
        <translation>Create unknown units that appear in the file</translation>
    </message>
    <message>
        <source>手工对应一列，如 --map 单位代码=统一社会信用代码（可重复）</source>
        <translation>Map a column by hand, e.g. --map 单位代码=统一社会信用代码 (repeatable)</translation>
    </message>
    <message>
        <source>有错误时写出带“错误”列的 xlsx 报告</source>
        <translation>On errors write an xlsx report with an “error” column</translation>
    </message>
    <message>
        <source>按导入模板导出到 Excel</source>
        <translation>Export to Excel in the import template format</translation>
    </message>
    <message>
        <source>输出的 .xlsx 文件</source>
        <translation>Output .xlsx file</translation>
    </message>
    <message>
        <source>导出完整身份证号和电话（记入审计日志）</source>
        <translation>Export full ID card numbers and phone numbers (recorded in the audit log)</translation>
    </message>
    <message>
        <source>试运行：未写入任何数据。</source>
        <translation>Dry run: no data written.</translation>
    </message>
    <message>
        <source>导入完成：新增 {0}，更新 {1}，停用 {2}。</source>
        <translation>Import finished: {0} added, {1} updated, {2} deactivated.</translation>
    </message>
    <message>
        <source>文件「{0}」有 {1} 处错误，未导入任何数据：</source>
        <translation>File “{0}” has {1} errors; no data was imported:</translation>
    </message>
    <message>
        <source>  ……另有 {0} 处错误</source>
        <translation>  … and {0} more errors</translation>
    </message>
    <message>
        <source>错误报告：{0}</source>
        <translation>Error report: {0}</translation>
    </message>
    <message>
        <source>{0}：文件 {1} 行；新增 {2}，变更 {3}，文件中没有的 {4}{5}。</source>
        <translation>{0}: {1} rows in the file; {2} new, {3} changed, {4} not in the file{5}.</translation>
    </message>
    <message>
        <source>（将停用）</source>
        <translation> (will be deactivated)</translation>
    </message>
    <message>
        <source>  ……另有 {0} 行变更</source>
        <translation>  … and {0} more changed rows</translation>
    </message>
    <message>
        <source>将新建业务所队：</source>
        <translation>Units to be created: </translation>
    </message>
    <message>
        <source>未使用的列：</source>
        <translation>Unused columns: </translation>
    </message>
    <message>
        <source>  提示：</source>
        <translation>  Note: </translation>
    </message>
    <message>
        <source>已导出 {0} 行到 {1}</source>
        <translation>Exported {0} rows to {1}</translation>
    </message>
    <message>
        <source>打印文书（PDF）</source>
        <translation>Print documents (PDF)</translation>
    </message>
    <message>
        <source>文书种类：</source>
        <translation>Document kind: </translation>
    </message>
    <message>
        <source>检查对象的统一社会信用代码（或唯一编码）</source>
        <translation>Unified social credit code (or unique code) of the target</translation>
    </message>
    <message>
        <source>年度（计划、年度报告；默认为 --task 任务的年度或今年）</source>
        <translation>year (plan, annual report; default: the year of --task, else this year)</translation>
    </message>
    <message>
        <source>记录表：auto 自动、blank 空白、prefilled 预填、completed 已填</source>
        <translation>Record sheet: auto, blank, prefilled, completed</translation>
    </message>
    <message>
        <source>同时导出 Excel（事项清单、计划、公示表）</source>
        <translation>Also export Excel (item list, plan, publication table)</translation>
    </message>
    <message>
        <source>输出 PDF 文件</source>
        <translation>Output PDF file</translation>
    </message>
    <message>
        <source>已生成{0}：{1}，共{2}页</source>
        <translation>Created {0}: {1}, {2} pages</translation>
    </message>
    <message>
        <source>以演示数据渲染所有投影画面和主要界面（1920×1080 与 1024×768）</source>
        <translation>Render every projector screen and the main screens with demo data (1920×1080 and 1024×768)</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD：{0}</source>
        <translation>Dates must be YYYY-MM-DD: {0}</translation>
    </message>
    <message>
        <source>工作日计算（法定节假日与调休）</source>
        <translation>Working-day calculation (statutory holidays and make-up working days)</translation>
    </message>
    <message>
        <source>某日之后第 N 个工作日（不含当日）</source>
        <translation>The Nth working day after a date (the date itself not counted)</translation>
    </message>
    <message>
        <source>两个日期之间的工作日数（不含起始日，含结束日）</source>
        <translation>Number of working days between two dates (start excluded, end included)</translation>
    </message>
    <message>
        <source>录入某年的节假日安排（每行：日期,休|班[,名称]）</source>
        <translation>Enter a year's holiday schedule (each line: date,休|班[,name])</translation>
    </message>
    <message>
        <source>列出到期和逾期事项（同首页）</source>
        <translation>List due and overdue deadlines (as on the home page)</translation>
    </message>
    <message>
        <source>按此日期计算（默认：今天）</source>
        <translation>Calculate as of this date (default: today)</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>weekday </translation>
    </message>
    <message>
        <source>之后</source>
        <translation>after</translation>
    </message>
    <message>
        <source>之前</source>
        <translation>before</translation>
    </message>
    <message>
        <source>规则：{0}{1}第{2}个工作日，不含当日；法定节假日不计，调休上班日计入。</source>
        <translation>Rule: working day no. {2} {1} {0}, that day not counted; statutory holidays are skipped, make-up working days count.</translation>
    </message>
    <message>
        <source>{0} 个工作日</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <source>规则：自{0}（不含）至{1}（含）；法定节假日不计，调休上班日计入。</source>
        <translation>Rule: from {0} (excluded) to {1} (included); statutory holidays are skipped, make-up working days count.</translation>
    </message>
    <message>
        <source>无法读取文件：{0}</source>
        <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
        <source>已录入{0}年节假日安排：放假 {1} 天，调休上班 {2} 天。</source>
        <translation>Holiday schedule for {0} entered: {1} days off, {2} make-up working days.</translation>
    </message>
    <message>
        <source>以下日期保留本单位设置：</source>
        <translation>These dates keep the bureau's own setting: </translation>
    </message>
    <message>
        <source>{0}：没有待办期限。</source>
        <translation>{0}: no pending deadlines.</translation>
    </message>
    <message>
        <source>{0}：已逾期 {1} 项，即将到期 {2} 项，未到期 {3} 项，无法计算 {4} 项</source>
        <translation>{0}: {1} overdue, {2} due soon, {3} not yet due, {4} cannot be calculated</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>管辖机关</source>
        <translation>Competent authority</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>行业类别</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>经营异常</source>
        <translation>Abnormal operation</translation>
    </message>
    <message>
        <source>严重违法失信</source>
        <translation>Serious violation / dishonest</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>警号/工号</source>
        <translation>Badge / staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>所属部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>职位</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>Law-enforcement licence no.</translation>
    </message>
    <message>
        <source>执法证有效期</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <source>可任组长</source>
        <translation>Can be team leader</translation>
    </message>
    <message>
        <source>在岗</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>抽查类别</source>
        <translation>Inspection category</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>子项</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <source>事项类型</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>检查方式</source>
        <translation>Inspection method</translation>
    </message>
    <message>
        <source>抽查比例</source>
        <translation>Sampling ratio</translation>
    </message>
    <message>
        <source>抽查频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>检查主体</source>
        <translation>Inspecting body</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>组织机构与账号</source>
        <translation>Organization and accounts</translation>
    </message>
    <message>
        <source>抽查事项清单</source>
        <translation>Inspection item list</translation>
    </message>
    <message>
        <source>回避关系</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>年度抽查计划</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>抽查任务</source>
        <translation>Inspection tasks</translation>
    </message>
    <message>
        <source>上一年度已办结任务</source>
        <translation>Completed tasks of the previous year</translation>
    </message>
    <message>
        <source>执法检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>检查对象</source>
        <translation>Targets</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>账户已锁定，请于{until}后重试</source>
        <translation>The account is locked; please try again after {until}</translation>
    </message>
    <message>
        <source>当前用户无权执行此操作</source>
        <translation>The current user is not allowed to do this</translation>
    </message>
    <message>
        <source>未知的操作：{action}</source>
        <translation>Unknown action: {action}</translation>
    </message>
    <message>
        <source>密码长度不得少于{min}位</source>
        <translation>The password must have at least {min} characters</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>用户名“{username}”已存在</source>
        <translation>The user name “{username}” already exists</translation>
    </message>
    <message>
        <source>请填写用户名和姓名</source>
        <translation>Please enter the user name and the full name</translation>
    </message>
    <message>
        <source>用户角色无效：{roles}</source>
        <translation>Invalid user roles: {roles}</translation>
    </message>
    <message>
        <source>请填写机关名称和机关代字</source>
        <translation>Please enter the agency name and the agency abbreviation</translation>
    </message>
    <message>
        <source>请至少添加一个部门</source>
        <translation>Please add at least one department</translation>
    </message>
    <message>
        <source>部门名称不能重复</source>
        <translation>Department names must be unique</translation>
    </message>
    <message>
        <source>系统已完成初始化，不能重复执行首次启动向导</source>
        <translation>The system has been set up already; the first-start wizard cannot run again</translation>
    </message>
    <message>
        <source>数据库中已有名录数据，不能再载入演示数据</source>
        <translation>The database already holds roster data; the demo data cannot be loaded</translation>
    </message>
    <message>
        <source>未知的演示数据规模：{size}</source>
        <translation>Unknown demo data size: {size}</translation>
    </message>
    <message>
        <source>未知的规则配置：{key}</source>
        <translation>Unknown rule profile: {key}</translation>
    </message>
    <message>
        <source>未知的规则预设：{preset}</source>
        <translation>Unknown rule preset: {preset}</translation>
    </message>
    <message>
        <source>规则配置中有未知的项目：{key}</source>
        <translation>Unknown entry in the rule profile: {key}</translation>
    </message>
    <message>
        <source>规则配置项“{field}”的取值无效：{value}</source>
        <translation>Invalid value for rule “{field}”: {value}</translation>
    </message>
    <message>
        <source>规则配置的格式版本不受支持：{version}</source>
        <translation>Unsupported rule profile format version: {version}</translation>
    </message>
    <message>
        <source>缺少{year}年的节假日安排，请在“系统设置—节假日”中补充</source>
        <translation>The holiday schedule for {year} is missing; please add it under “Settings — Holidays”</translation>
    </message>
    <message>
        <source>节假日文件中没有任何日期</source>
        <translation>The holiday file contains no dates</translation>
    </message>
    <message>
        <source>节假日文件格式有误：{errors}</source>
        <translation>The holiday file is malformed: {errors}</translation>
    </message>
    <message>
        <source>日期{date}不属于{year}年</source>
        <translation>The date {date} is not in {year}</translation>
    </message>
    <message>
        <source>日期{date}同时被设为工作日和休息日</source>
        <translation>The date {date} is set as both a working day and a day off</translation>
    </message>
    <message>
        <source>{date}已有节假日设置，请先删除原设置</source>
        <translation>{date} already has a holiday setting; delete it first</translation>
    </message>
    <message>
        <source>{date}没有节假日设置</source>
        <translation>{date} has no holiday setting</translation>
    </message>
    <message>
        <source>备注不得超过{max}个字</source>
        <translation>The note must not exceed {max} characters</translation>
    </message>
    <message>
        <source>文号无效</source>
        <translation>Invalid document number</translation>
    </message>
    <message>
        <source>无法识别的文号：{text}</source>
        <translation>Unrecognised document number: {text}</translation>
    </message>
    <message>
        <source>未知的数据类别：{kind}</source>
        <translation>Unknown data kind: {kind}</translation>
    </message>
    <message>
        <source>未知的数据列：{column}</source>
        <translation>Unknown data column: {column}</translation>
    </message>
    <message>
        <source>找不到抽查事项：{item_id}</source>
        <translation>Inspection item not found: {item_id}</translation>
    </message>
    <message>
        <source>未知的字段：{field}</source>
        <translation>Unknown field: {field}</translation>
    </message>
    <message>
        <source>请填写“{field}”</source>
        <translation>Please fill in “{field}”</translation>
    </message>
    <message>
        <source>{field}“{value}”已存在</source>
        <translation>{field} “{value}” already exists</translation>
    </message>
    <message>
        <source>{field}“{value}”已存在（已停用），请在名录中恢复启用该记录</source>
        <translation>{field} “{value}” already exists (deactivated); reactivate that record in the roster instead</translation>
    </message>
    <message>
        <source>“{field}”填写有误：{message}</source>
        <translation>“{field}” is invalid: {message}</translation>
    </message>
    <message>
        <source>找不到该记录（{kind} {id}），可能已被他人修改</source>
        <translation>Record not found ({kind} {id}); it may have been changed by someone else</translation>
    </message>
    <message>
        <source>部门“{name}”不存在，请先在系统设置中添加</source>
        <translation>Department “{name}” does not exist; please add it in the settings first</translation>
    </message>
    <message>
        <source>未知的名录类别：{kind}</source>
        <translation>Unknown roster kind: {kind}</translation>
    </message>
    <message>
        <source>不支持的文件类型：{suffix}（请使用 Excel 或 CSV 文件）</source>
        <translation>Unsupported file type: {suffix} (please use an Excel or CSV file)</translation>
    </message>
    <message>
        <source>无法读取文件{file}：{reason}</source>
        <translation>Cannot read the file {file}: {reason}</translation>
    </message>
    <message>
        <source>无法识别 CSV 文件的编码（已尝试：{encodings}）</source>
        <translation>Cannot detect the encoding of the CSV file (tried: {encodings})</translation>
    </message>
    <message>
        <source>未知的导入类别：{kind}</source>
        <translation>Unknown import kind: {kind}</translation>
    </message>
    <message>
        <source>文件{file}中有{count}处错误，未导入任何数据，请按错误报告修改后重新导入</source>
        <translation>The file {file} has {count} errors; no data was imported. Please correct it according to the error report and import again</translation>
    </message>
    <message>
        <source>“{key}”的{field}是打码后的值，不能导入</source>
        <translation>The {field} of “{key}” is a masked value and cannot be imported</translation>
    </message>
    <message>
        <source>回避关系引用了不存在的人员{staff_no}或检查对象{target}</source>
        <translation>A conflict refers to an inspector {staff_no} or a target {target} that does not exist</translation>
    </message>
    <message>
        <source>找不到{year}年度抽查计划</source>
        <translation>No annual plan for {year} found</translation>
    </message>
    <message>
        <source>{year}年度抽查计划已公布，只能通过“计划调整”修改</source>
        <translation>The annual plan for {year} has been published; it can only be changed by a “plan adjustment”</translation>
    </message>
    <message>
        <source>以下抽查事项未列入年度计划，也未说明原因：{items}</source>
        <translation>These inspection items are neither in the annual plan nor explained: {items}</translation>
    </message>
    <message>
        <source>找不到计划条目：{entry}</source>
        <translation>Plan entry not found: {entry}</translation>
    </message>
    <message>
        <source>计划第{entry}条内容不完整</source>
        <translation>Plan entry {entry} is incomplete</translation>
    </message>
    <message>
        <source>计划第{entry}条的时间范围无效</source>
        <translation>Plan entry {entry} has an invalid period</translation>
    </message>
    <message>
        <source>计划第{entry}条的抽查比例或数量无效</source>
        <translation>Plan entry {entry} has an invalid ratio or number</translation>
    </message>
    <message>
        <source>计划第{entry}条的抽查频次无效</source>
        <translation>Plan entry {entry} has an invalid frequency</translation>
    </message>
    <message>
        <source>尚未设置机关信息，请先在“系统设置”中填写</source>
        <translation>The agency information has not been set; please fill it in under “Settings” first</translation>
    </message>
    <message>
        <source>找不到抽查任务：{task}</source>
        <translation>Inspection task not found: {task}</translation>
    </message>
    <message>
        <source>抽查任务{task}当前状态为“{state}”，不能摇号</source>
        <translation>Inspection task {task} is “{state}” and cannot be drawn</translation>
    </message>
    <message>
        <source>请填写任务名称</source>
        <translation>Please enter the task name</translation>
    </message>
    <message>
        <source>任务起止日期无效：结束日期不能早于开始日期</source>
        <translation>Invalid task period: the end date cannot be before the start date</translation>
    </message>
    <message>
        <source>请至少选择一个抽查事项</source>
        <translation>Please choose at least one inspection item</translation>
    </message>
    <message>
        <source>所选抽查事项已停用</source>
        <translation>The chosen inspection item has been deactivated</translation>
    </message>
    <message>
        <source>请至少为一个风险等级设置抽查比例或数量</source>
        <translation>Please set a ratio or number for at least one risk class</translation>
    </message>
    <message>
        <source>风险等级{risk_class}的抽查比例或数量无效</source>
        <translation>Invalid ratio or number for risk class {risk_class}</translation>
    </message>
    <message>
        <source>取整方式无效</source>
        <translation>Invalid rounding mode</translation>
    </message>
    <message>
        <source>检查组人数不得少于{minimum}人</source>
        <translation>A team must have at least {minimum} members</translation>
    </message>
    <message>
        <source>联合抽查须选择发起部门和参与部门</source>
        <translation>A joint inspection needs an initiating department and participating departments</translation>
    </message>
    <message>
        <source>找不到摇号记录：{draw}</source>
        <translation>Draw record not found: {draw}</translation>
    </message>
    <message>
        <source>摇号记录当前状态为“{state}”，不能执行此操作</source>
        <translation>The draw record is “{state}”; this cannot be done now</translation>
    </message>
    <message>
        <source>该任务还有一次未完成的摇号（{draw}），请先完成或放弃</source>
        <translation>The task has an unfinished draw ({draw}); finish or abandon it first</translation>
    </message>
    <message>
        <source>任务{task}没有符合条件的检查对象</source>
        <translation>Task {task} has no eligible targets</translation>
    </message>
    <message>
        <source>任务{task}可能无法配齐检查组（共{count}处，例如检查对象{target}的{role}角色无人可派），请补充人员或调整任务后再抽取</source>
        <translation>Task {task} may not be able to form complete teams ({count} cases, e.g. nobody available for the {role} role of target {target}); add inspectors or adjust the task before drawing</translation>
    </message>
    <message>
        <source>{count}个检查对象本年已被抽取{cap}次，超过上限：{targets}</source>
        <translation>{count} targets have already been drawn {cap} times this year, above the cap: {targets}</translation>
    </message>
    <message>
        <source>摇号结果尚未锁定</source>
        <translation>The draw result is not locked yet</translation>
    </message>
    <message>
        <source>请填写更换原因和审批人</source>
        <translation>Please enter the reason for the replacement and the approver</translation>
    </message>
    <message>
        <source>检查对象{target}无法完成人员更换</source>
        <translation>No replacement can be made for target {target}</translation>
    </message>
    <message>
        <source>人员更换只能随机抽取或由审批人指定，二者选一</source>
        <translation>A replacement is either drawn at random or named by the approver, not both</translation>
    </message>
    <message>
        <source>检查人员 {inspector} 已不在检查对象 {target} 的检查组中（可能已由他人更换），请刷新后重试</source>
        <translation>Inspector {inspector} is no longer on the team of target {target} (someone may have replaced them already); please refresh and try again</translation>
    </message>
    <message>
        <source>请至少登记一名见证人</source>
        <translation>Please register at least one witness</translation>
    </message>
    <message>
        <source>请填写第{seat}位见证人的姓名</source>
        <translation>Please enter the name of witness {seat}</translation>
    </message>
    <message>
        <source>第{seat}位见证人输入的数字无效</source>
        <translation>The digits entered by witness {seat} are invalid</translation>
    </message>
    <message>
        <source>请填写原因</source>
        <translation>Please enter the reason</translation>
    </message>
    <message>
        <source>摇号密钥长度错误</source>
        <translation>Wrong length of the draw secret key</translation>
    </message>
    <message>
        <source>见证人输入的数字无效：{digits}</source>
        <translation>Invalid witness digits: {digits}</translation>
    </message>
    <message>
        <source>至少需要一名见证人输入数字</source>
        <translation>At least one witness must enter digits</translation>
    </message>
    <message>
        <source>没有符合条件的检查人员可分配给检查对象{target}</source>
        <translation>No eligible inspector can be assigned to target {target}</translation>
    </message>
    <message>
        <source>摇号数据文件{file}第{line}行格式不规范：{reason}</source>
        <translation>Draw data file {file}, line {line} is not in canonical form: {reason}</translation>
    </message>
    <message>
        <source>摇号事件记录第{index}条有误：{reason}</source>
        <translation>Draw event record no. {index} is invalid: {reason}</translation>
    </message>
    <message>
        <source>摇号数据包缺少文件：{file}</source>
        <translation>The draw package lacks a file: {file}</translation>
    </message>
    <message>
        <source>不是有效的摇号数据包：{path}</source>
        <translation>Not a valid draw package: {path}</translation>
    </message>
    <message>
        <source>摇号数据包中文件重复：{file}</source>
        <translation>Duplicate file in the draw package: {file}</translation>
    </message>
    <message>
        <source>摇号数据包使用了保留字段：{field}</source>
        <translation>The draw package uses a reserved field: {field}</translation>
    </message>
    <message>
        <source>{year}年的节假日安排尚未录入，请先导入全年安排</source>
        <translation>The holiday schedule for {year} has not been entered; please import the whole year's schedule first</translation>
    </message>
    <message>
        <source>节假日设置来源无效：{source}</source>
        <translation>Invalid source of the holiday setting: {source}</translation>
    </message>
    <message>
        <source>抽查任务尚未完成摇号锁定，不能开始检查</source>
        <translation>The draw of the task has not been locked yet; the inspection cannot start</translation>
    </message>
    <message>
        <source>抽查任务{task}当前状态为“{state}”，不能执行此操作</source>
        <translation>Inspection task {task} is “{state}”; this cannot be done now</translation>
    </message>
    <message>
        <source>找不到检查记录：{record}</source>
        <translation>Inspection record not found: {record}</translation>
    </message>
    <message>
        <source>检查记录当前状态为“{label}”，不能执行此操作</source>
        <translation>The inspection record is “{label}”; this cannot be done now</translation>
    </message>
    <message>
        <source>未送达检查告知书的，请填写原因</source>
        <translation>If the inspection notice was not delivered, please give the reason</translation>
    </message>
    <message>
        <source>检查方式“{method}”无效</source>
        <translation>Invalid inspection method “{method}”</translation>
    </message>
    <message>
        <source>检查结果“{category}”不在本单位的检查结果类别中</source>
        <translation>The result “{category}” is not one of the bureau's result categories</translation>
    </message>
    <message>
        <source>“{category}”不能与其他检查结果同时选择</source>
        <translation>“{category}” cannot be chosen together with other results</translation>
    </message>
    <message>
        <source>后续处置“{disposal}”无效</source>
        <translation>Invalid follow-up action “{disposal}”</translation>
    </message>
    <message>
        <source>被检查对象不能既签字又拒绝签字</source>
        <translation>The target cannot both sign and refuse to sign</translation>
    </message>
    <message>
        <source>被检查对象拒绝签字的，须由检查人员签字说明情况</source>
        <translation>If the target refuses to sign, an inspector must sign a note explaining it</translation>
    </message>
    <message>
        <source>选择“移送”的，请填写接收移送的机关</source>
        <translation>When “transfer” is chosen, please enter the authority the case is transferred to</translation>
    </message>
    <message>
        <source>检查内容不属于本任务的抽查事项</source>
        <translation>The check point does not belong to the inspection items of this task</translation>
    </message>
    <message>
        <source>同一检查内容填写了两次</source>
        <translation>The same check point was entered twice</translation>
    </message>
    <message>
        <source>检查日期不能早于任务开始日期{start}</source>
        <translation>The inspection date cannot be before the task start date {start}</translation>
    </message>
    <message>
        <source>请填写检查日期</source>
        <translation>Please enter the inspection date</translation>
    </message>
    <message>
        <source>请至少选择一项检查结果</source>
        <translation>Please choose at least one result</translation>
    </message>
    <message>
        <source>第{seq}项检查内容（{content}）尚未填写是否规范</source>
        <translation>Check point {seq} ({content}): compliance not yet entered</translation>
    </message>
    <message>
        <source>第{seq}项检查内容（{content}）不规范，请填写发现的问题</source>
        <translation>Check point {seq} ({content}) is non-compliant; please describe the problem found</translation>
    </message>
    <message>
        <source>请登记被检查对象签字或拒绝签字的情况</source>
        <translation>Please record whether the target signed or refused to sign</translation>
    </message>
    <message>
        <source>检查组成员尚未全部签字确认：{names}</source>
        <translation>Not all team members have signed to confirm yet: {names}</translation>
    </message>
    <message>
        <source>该人员不是本检查对象的检查组成员</source>
        <translation>This person is not a member of the team for this target</translation>
    </message>
    <message>
        <source>检查报告日期不能早于检查日期{inspection}</source>
        <translation>The inspection report date cannot be before the inspection date {inspection}</translation>
    </message>
    <message>
        <source>不能审核本人录入的检查记录</source>
        <translation>You cannot review an inspection record you entered yourself</translation>
    </message>
    <message>
        <source>退回时请填写审核意见</source>
        <translation>Please enter a review opinion when returning a record</translation>
    </message>
    <message>
        <source>请提供附件文件名</source>
        <translation>Please give the attachment's file name</translation>
    </message>
    <message>
        <source>附件是空文件</source>
        <translation>The attachment is an empty file</translation>
    </message>
    <message>
        <source>附件超过{limit_mb}MB的上限</source>
        <translation>The attachment exceeds the limit of {limit_mb} MB</translation>
    </message>
    <message>
        <source>找不到附件：{attachment}</source>
        <translation>Attachment not found: {attachment}</translation>
    </message>
    <message>
        <source>附件{attachment}的内容与登记的SHA-256不符，可能已损坏或被篡改</source>
        <translation>The content of attachment {attachment} does not match its registered SHA-256; it may be damaged or tampered with</translation>
    </message>
    <message>
        <source>整改期限须晚于通知书签发日期{issued}</source>
        <translation>The rectification deadline must be after the notice's issue date {issued}</translation>
    </message>
    <message>
        <source>请填写违法事实和整改要求</source>
        <translation>Please enter the illegal facts and the rectification requirements</translation>
    </message>
    <message>
        <source>找不到整改通知书：{notice}</source>
        <translation>Rectification notice not found: {notice}</translation>
    </message>
    <message>
        <source>该整改已于{completed_on}完结</source>
        <translation>This rectification was completed on {completed_on}</translation>
    </message>
    <message>
        <source>完结日期不能早于通知书签发日期{issued}</source>
        <translation>The completion date cannot be before the notice's issue date {issued}</translation>
    </message>
    <message>
        <source>请填写整改完成情况的核查方式</source>
        <translation>Please describe how the completion of the rectification was verified</translation>
    </message>
    <message>
        <source>抽查任务{task}的检查结果已经公示，不能重复公示</source>
        <translation>The results of inspection task {task} have already been published; they cannot be published again</translation>
    </message>
    <message>
        <source>抽查任务{task}没有检查记录</source>
        <translation>Inspection task {task} has no inspection records</translation>
    </message>
    <message>
        <source>还有{count}条检查记录未审核通过：{targets}</source>
        <translation>{count} inspection records have not passed review yet: {targets}</translation>
    </message>
    <message>
        <source>公示日期不能早于检查日期{inspection}</source>
        <translation>The publication date cannot be before the inspection date {inspection}</translation>
    </message>
    <message>
        <source>找不到公示结果：{result}</source>
        <translation>Published result not found: {result}</translation>
    </message>
    <message>
        <source>该检查记录的结果尚未公示</source>
        <translation>The result of this inspection record has not been published yet</translation>
    </message>
    <message>
        <source>只能对最新版本（第{latest}版）的公示结果进行操作</source>
        <translation>Only the latest version (version {latest}) of a published result can be acted on</translation>
    </message>
    <message>
        <source>请填写更正后的检查结果</source>
        <translation>Please enter the corrected result</translation>
    </message>
    <message>
        <source>更正后的检查结果与原结果相同</source>
        <translation>The corrected result is the same as the original</translation>
    </message>
    <message>
        <source>请填写更正原因</source>
        <translation>Please enter the reason for the correction</translation>
    </message>
    <message>
        <source>更正检查结果须经主要负责人签字确认，请填写负责人姓名</source>
        <translation>Correcting a result must be signed off by the principal; please enter the principal's name</translation>
    </message>
    <message>
        <source>更正日期不能早于公示日期{published_on}</source>
        <translation>The correction date cannot be before the publication date {published_on}</translation>
    </message>
    <message>
        <source>找不到异议申请：{objection}</source>
        <translation>Objection not found: {objection}</translation>
    </message>
    <message>
        <source>请填写异议内容</source>
        <translation>Please enter the content of the objection</translation>
    </message>
    <message>
        <source>收到异议的日期不能早于公示日期{published_on}</source>
        <translation>The date the objection was received cannot be before the publication date {published_on}</translation>
    </message>
    <message>
        <source>该异议已作出复核决定</source>
        <translation>A review decision has already been made on this objection</translation>
    </message>
    <message>
        <source>复核结论无效：{outcome}</source>
        <translation>Invalid review conclusion: {outcome}</translation>
    </message>
    <message>
        <source>该异议尚未复核，不能反馈</source>
        <translation>This objection has not been reviewed yet; no feedback can be given</translation>
    </message>
    <message>
        <source>复核结果已于{feedback_on}反馈</source>
        <translation>The review result was fed back on {feedback_on}</translation>
    </message>
    <message>
        <source>复核日期不能早于收到异议的日期{received_on}</source>
        <translation>The review date cannot be before the date the objection was received {received_on}</translation>
    </message>
    <message>
        <source>请填写复核意见</source>
        <translation>Please enter the review opinion</translation>
    </message>
    <message>
        <source>反馈日期不能早于复核日期{reviewed_on}</source>
        <translation>The feedback date cannot be before the review date {reviewed_on}</translation>
    </message>
    <message>
        <source>找不到备份文件：{file}</source>
        <translation>Backup file not found: {file}</translation>
    </message>
    <message>
        <source>备份文件{file}的内容与备份时记录的校验值不符，可能已损坏，不能用于恢复</source>
        <translation>The content of backup file {file} does not match the checksum recorded at backup time; it may be damaged and cannot be used for a restore</translation>
    </message>
    <message>
        <source>备份文件{file}已损坏，不能用于恢复（{detail}）</source>
        <translation>Backup file {file} is damaged and cannot be used for a restore ({detail})</translation>
    </message>
    <message>
        <source>文件{file}不是本程序的数据库备份</source>
        <translation>The file {file} is not a database backup of this program</translation>
    </message>
    <message>
        <source>备份文件{file}由更新版本的程序创建（结构版本{revision}），请先升级程序</source>
        <translation>Backup file {file} was created by a newer version of the program (schema revision {revision}); please upgrade the program first</translation>
    </message>
    <message>
        <source>备份文件{file}中的审计日志在第{seq}条记录处不一致，不能用于恢复</source>
        <translation>The audit log in backup file {file} is inconsistent at record {seq}; it cannot be used for a restore</translation>
    </message>
    <message>
        <source>此操作只适用于本机 SQLite 数据库</source>
        <translation>This only applies to a local SQLite database</translation>
    </message>
    <message>
        <source>此操作只适用于 PostgreSQL 数据库</source>
        <translation>This only applies to a PostgreSQL database</translation>
    </message>
    <message>
        <source>保留份数须在1到{max}之间</source>
        <translation>The number of copies to keep must be between 1 and {max}</translation>
    </message>
    <message>
        <source>自动备份间隔无效：{hours}小时</source>
        <translation>Invalid automatic backup interval: {hours} hours</translation>
    </message>
    <message>
        <source>未找到 pg_dump 程序，请安装 PostgreSQL 客户端工具</source>
        <translation>pg_dump not found; please install the PostgreSQL client tools</translation>
    </message>
    <message>
        <source>pg_dump 备份失败：{detail}</source>
        <translation>pg_dump backup failed: {detail}</translation>
    </message>
    <message>
        <source>抽查事项清单为空，无可打印的事项</source>
        <translation>The inspection item list is empty; there are no items to print</translation>
    </message>
    <message>
        <source>任务{task}的抽查事项均无需事先告知，不出具检查告知书</source>
        <translation>None of the inspection items of task {task} requires prior notice; no inspection notice is issued</translation>
    </message>
    <message>
        <source>该检查对象不在任务{task}的抽取名单中</source>
        <translation>This target is not on the drawn list of task {task}</translation>
    </message>
    <message>
        <source>找不到检查对象：{target}</source>
        <translation>Target not found: {target}</translation>
    </message>
    <message>
        <source>请指定抽查任务</source>
        <translation>Please specify the inspection task</translation>
    </message>
    <message>
        <source>检查对象{target}的抽查情况记录尚未录入</source>
        <translation>The inspection record of target {target} has not been entered yet</translation>
    </message>
    <message>
        <source>该检查对象的抽查情况记录尚未提交，不能出具检查报告</source>
        <translation>The inspection record of this target has not been submitted; no inspection report can be issued</translation>
    </message>
    <message>
        <source>记录表类型无效：{mode}</source>
        <translation>Invalid record sheet type: {mode}</translation>
    </message>
    <message>
        <source>该抽查任务的检查结果尚未公示</source>
        <translation>The results of this inspection task have not been published yet</translation>
    </message>
    <message>
        <source>找不到检查结果更正记录</source>
        <translation>Result correction record not found</translation>
    </message>
    <message>
        <source>{path}已存在且不为空，请选择新的文件夹或文件名</source>
        <translation>{path} already exists and is not empty; please choose a new folder or file name</translation>
    </message>
    <message>
        <source>{path}不是归档包文件夹或 .zip 文件</source>
        <translation>{path} is not an archive package folder or .zip file</translation>
    </message>
    <message>
        <source>记录在保存期限内（至{until}），其附件不能删除</source>
        <translation>The record is within its retention period (until {until}); its attachments cannot be deleted</translation>
    </message>
    <message>
        <source>检查结果已公示，记录及其附件作为档案保存，不能删除</source>
        <translation>The result has been published; the record and its attachments are kept as archives and cannot be deleted</translation>
    </message>
    <message>
        <source>按档案管理规定保存，记录及其附件不能删除</source>
        <translation>Kept according to the archive rules; the record and its attachments cannot be deleted</translation>
    </message>
    <message>
        <source>未知的文书种类：{kind}</source>
        <translation>Unknown document kind: {kind}</translation>
    </message>
    <message>
        <source>无法连接数据库：{detail}</source>
        <translation>Cannot connect to the database: {detail}</translation>
    </message>
    <message>
        <source>数据库位置不可用：{detail}</source>
        <translation>The database location is not usable: {detail}</translation>
    </message>
    <message>
        <source>操作已取消</source>
        <translation>Operation cancelled</translation>
    </message>
    <message>
        <source>操作失败：{code}</source>
        <translation>Operation failed: {code}</translation>
    </message>
    <message>
        <source>发生意外错误：{error}</source>
        <translation>An unexpected error occurred: {error}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>需送达检查告知书</source>
        <translation>Inspection notice required</translation>
    </message>
    <message>
        <source>负责部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待抽取</source>
        <translation>Ready for drawing</translation>
    </message>
    <message>
        <source>已抽取</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>检查中</source>
        <translation>Inspecting</translation>
    </message>
    <message>
        <source>审核中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>录入中</source>
        <translation>Being entered</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>实地核查</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <source>书面检查</source>
        <translation>Documentary inspection</translation>
    </message>
    <message>
        <source>网络监测</source>
        <translation>Online monitoring</translation>
    </message>
    <message>
        <source>查阅资料</source>
        <translation>Review of records</translation>
    </message>
    <message>
        <source>委托第三方</source>
        <translation>Commissioned third party</translation>
    </message>
    <message>
        <source>检验检测</source>
        <translation>Testing</translation>
    </message>
    <message>
        <source>行政部门检查结果或专业意见</source>
        <translation>Findings of administrative departments or expert opinions</translation>
    </message>
    <message>
        <source>已公布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>重点领域</source>
        <translation>Key area</translation>
    </message>
    <message>
        <source>投诉举报</source>
        <translation>Complaints and reports</translation>
    </message>
    <message>
        <source>经营异常名录</source>
        <translation>List of abnormal operations</translation>
    </message>
    <message>
        <source>严重违法失信</source>
        <translation>Serious violation / dishonest</translation>
    </message>
    <message>
        <source>重点监管</source>
        <translation>Key supervision</translation>
    </message>
    <message>
        <source>受过行政处罚</source>
        <translation>Administratively penalised</translation>
    </message>
    <message>
        <source>定向专项任务</source>
        <translation>Directed special task</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>检查报告</source>
        <translation>Inspection report</translation>
    </message>
    <message>
        <source>反馈结果</source>
        <translation>Result feedback</translation>
    </message>
    <message>
        <source>结果公示</source>
        <translation>Result publication</translation>
    </message>
    <message>
        <source>意见建议期</source>
        <translation>Comment period</translation>
    </message>
    <message>
        <source>异议复核</source>
        <translation>Objection review</translation>
    </message>
    <message>
        <source>复核反馈</source>
        <translation>Review feedback</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>无法计算</source>
        <translation>Cannot be calculated</translation>
    </message>
    <message>
        <source>任务结束</source>
        <translation>End of the task</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>检查报告日期</source>
        <translation>Inspection report date</translation>
    </message>
    <message>
        <source>维持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>已冻结名录</source>
        <translation>Rosters frozen</translation>
    </message>
    <message>
        <source>已公布承诺</source>
        <translation>Commitment published</translation>
    </message>
    <message>
        <source>见证人已输入</source>
        <translation>Witnesses entered</translation>
    </message>
    <message>
        <source>已揭示密钥</source>
        <translation>Key revealed</translation>
    </message>
    <message>
        <source>已计算结果</source>
        <translation>Result computed</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>已放弃</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>抽查事项</source>
        <translation>Inspection item</translation>
    </message>
    <message>
        <source>检查对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>执法检查人员</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>回避关系</source>
        <translation>Conflicts of interest</translation>
    </message>
    <message>
        <source>管辖机关</source>
        <translation>Competent authority</translation>
    </message>
    <message>
        <source>检查对象名称</source>
        <translation>Target name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>风险分类等级</source>
        <translation>Risk class</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>行业类别</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <source>警号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>所属业务所队</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>职位</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>Law-enforcement licence no.</translation>
    </message>
    <message>
        <source>执法证有效期至</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <source>执法资格</source>
        <translation>Law-enforcement qualifications</translation>
    </message>
    <message>
        <source>可任组长</source>
        <translation>Can be team leader</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>抽查类别</source>
        <translation>Inspection category</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>子项</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <source>检查依据</source>
        <translation>Legal basis of the inspection</translation>
    </message>
    <message>
        <source>检查主体</source>
        <translation>Inspecting body</translation>
    </message>
    <message>
        <source>事项类别</source>
        <translation>Item kind</translation>
    </message>
    <message>
        <source>检查方式</source>
        <translation>Inspection method</translation>
    </message>
    <message>
        <source>抽查比例</source>
        <translation>Sampling ratio</translation>
    </message>
    <message>
        <source>抽查频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>检查人员要求</source>
        <translation>Inspector requirements</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>检查资格</source>
        <translation>Inspection qualifications</translation>
    </message>
    <message>
        <source>检查要点</source>
        <translation>Key points of the inspection</translation>
    </message>
    <message>
        <source>回避原因</source>
        <translation>Reason for recusal</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>低风险</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>一般风险</source>
        <translation>General risk</translation>
    </message>
    <message>
        <source>较高风险</source>
        <translation>Higher risk</translation>
    </message>
    <message>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>未发现问题</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <source>未按规定公示应当公示的信息</source>
        <translation>Did not publish information that must be published</translation>
    </message>
    <message>
        <source>公示信息隐瞒真实情况弄虚作假</source>
        <translation>Published information conceals facts or is falsified</translation>
    </message>
    <message>
        <source>通过登记的住所(经营场所)无法联系</source>
        <translation>Cannot be reached at the registered domicile (premises)</translation>
    </message>
    <message>
        <source>发现问题已责令改正</source>
        <translation>Problems found, ordered to correct</translation>
    </message>
    <message>
        <source>不配合检查情节严重</source>
        <translation>Seriously failed to cooperate with the inspection</translation>
    </message>
    <message>
        <source>未发现开展本次抽查涉及的经营活动</source>
        <translation>No business activity covered by this inspection found</translation>
    </message>
    <message>
        <source>发现问题待后续处理</source>
        <translation>Problems found, further handling pending</translation>
    </message>
    <message>
        <source>违反公安部门相关规定</source>
        <translation>Violates public security regulations</translation>
    </message>
    <message>
        <source>违反其他部门相关规定</source>
        <translation>Violates other departments' regulations</translation>
    </message>
    <message>
        <source>发现问题经责令已改正</source>
        <translation>Problems found and corrected after an order</translation>
    </message>
    <message>
        <source>已关闭停业或正在组织清算</source>
        <translation>Closed down or in liquidation</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Deregistered</translation>
    </message>
    <message>
        <source>被吊销</source>
        <translation>Licence revoked</translation>
    </message>
    <message>
        <source>被撤销</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>无需后续处置</source>
        <translation>No follow-up needed</translation>
    </message>
    <message>
        <source>责令改正</source>
        <translation>Ordered to correct</translation>
    </message>
    <message>
        <source>移送</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>立案查处</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <source>抄告相关部门</source>
        <translation>Notify the departments concerned</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>监督</source>
        <translation>Auditor</translation>
    </message>
</context>
</TS>
