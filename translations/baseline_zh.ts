<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AgenciesCard</name>
    <message>
        <location filename="../qml/AgenciesCard.qml" line="+13"/>
        <source>National police service</source>
        <translation>国家警察机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional command</source>
        <translation>地区指挥部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Agencies and assessments</source>
        <translation>机构与评估</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agencies yet. Add the agency you are assessing, then an assessment of it.</source>
        <translation>尚无机构。请先添加您要评估的机构，再为其添加一项评估。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part of %1</source>
        <translation>隶属于 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+3"/>
        <source>Agency name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of agency</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no parent agency)</source>
        <translation>（无上级机构）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent agency</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add agency</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+138"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agency assessed</source>
        <translation>被评估机构</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. Baseline assessment 2026</source>
        <translation>标题，例如：2026 年基线评估</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From YYYY-MM-DD</source>
        <translation>开始日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To YYYY-MM-DD</source>
        <translation>结束日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target sample (interviews)</source>
        <translation>目标样本量（访谈数）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target sample: how many interviews are planned</source>
        <translation>目标样本量：计划进行多少次访谈</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instruments (none ticked: all)</source>
        <translation>调查工具（不勾选即全部）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add assessment</source>
        <translation>添加评估</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../qml/ConsentPage.qml" line="+35"/>
        <source>Read this to the respondent:</source>
        <translation>请向受访者宣读以下内容：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The respondent agrees</source>
        <translation>受访者同意</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The respondent declines</source>
        <translation>受访者拒绝</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../qml/CreatePage.qml" line="+38"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new workspace</source>
        <translation>创建新工作区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer is encrypted with this passphrase. Nobody can recover it for you: without it the answers cannot be read, so keep it somewhere safe.</source>
        <translation>所有回答都用此密码短语加密。任何人都无法替您找回它：没有它就无法读取回答，因此请妥善保管。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type it again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="+22"/>
        <source>suppressed: too few respondents</source>
        <translation>已隐藏：受访者太少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable: too few cases</source>
        <translation>不可靠：个案太少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpret with caution</source>
        <translation>请谨慎解读</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>返回工作区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap report</source>
        <translation>差距报告</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency to report on</source>
        <translation>报告所针对的机构</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No completed interviews yet for this agency and the units below it.</source>
        <translation>该机构及其下属单位尚无已完成的访谈。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n completed interview(s), this agency and the units below it.</source>
        <translation>
            <numerusform>已完成 %n 个访谈（该机构及其下属单位）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with a design weight.</source>
        <translation>
            <numerusform>其中 %n 个带有设计权重。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unweighted.</source>
        <translation>未加权。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Report for partners</source>
        <translation>给合作方的报告</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (one file)</source>
        <translation>HTML（单个文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (every estimate)</source>
        <translation>CSV（全部估计值）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>报告格式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to write the report into</source>
        <translation>保存报告的文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Largest gaps against targets</source>
        <translation>与目标差距最大的指标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far each indicator is from its target, as a share of the way from the worst value to the target. Only estimates reliable enough to act on.</source>
        <translation>每个指标距目标还有多远，以从最差值到目标的距离的比例表示。仅包括足够可靠、可据以行动的估计值。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of the largest gaps against targets</source>
        <translation>与目标差距最大的指标图</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>建议的服务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service recommended: no rule fired on an estimate reliable enough to act on.</source>
        <translation>没有建议的服务：没有规则在足够可靠的估计值上触发。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Priority %1 · %n piece(s) of evidence</source>
        <translation>
            <numerusform>优先级 %1 · %n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (target %3). %4</source>
        <translation>%1：%2（目标 %3）。%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too uncertain to judge: %1</source>
        <translation>不确定性太大，无法判断：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change between two assessments</source>
        <translation>两次评估之间的变化</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Baseline assessment</source>
        <translation>基线评估</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up assessment</source>
        <translation>后续评估</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too few respondents in one assessment</source>
        <translation>其中一次评估的受访者太少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable in one assessment</source>
        <translation>其中一次评估不可靠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change</source>
        <translation>有变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change the samples can tell from none</source>
        <translation>样本无法将变化与零区分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimate with its 95% interval (band) and target (line).</source>
        <translation>估计值及其 95% 区间（色带）和目标（竖线）。</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+84"/>
        <source>suppressed</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The follow-up minus the baseline, with its 95% interval. It is called a change only when the interval excludes zero and both estimates are reliable. PDF and HTML reports written while a comparison is shown include it.</source>
        <translation>后续评估减去基线评估，附 95% 区间。只有当区间不包含零且两项估计都可靠时，才称为变化。显示比较时生成的 PDF 和 HTML 报告会包含该比较。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../qml/DecoyPage.qml" line="+19"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shopping: rice, tea, soap, batteries.
Call the school about Thursday.
Bus at 7:40.</source>
        <translation>购物：大米、茶叶、肥皂、电池。
给学校打电话，问周四的事。
7:40 的公交车。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/HomePage.qml" line="+21"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores, gaps and recommended services per agency</source>
        <translation>各机构的得分、差距和建议的服务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive packages, and the team</source>
        <translation>发送和接收数据包，管理团队</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the workspace</source>
        <translation>锁定工作区</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock after this many minutes without use</source>
        <translation>闲置指定分钟数后锁定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes without use before the workspace locks</source>
        <translation>工作区锁定前的闲置分钟数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interviews yet. Start one below.</source>
        <translation>尚无访谈。请在下方开始一次访谈。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search: instrument, assessment, date</source>
        <translation>搜索：调查工具、评估、日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search interviews</source>
        <translation>搜索访谈</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting copies</source>
        <translation>副本冲突</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show interviews with this status</source>
        <translation>显示处于此状态的访谈</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n interview(s) match</source>
        <translation>
            <numerusform>%n 次访谈符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个回答</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicting copies from two devices: review before use</source>
        <translation>来自两台设备的副本相互冲突：使用前请核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered and removed from this device</source>
        <translation>已交付并已从本设备删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from an assessor (read only)</source>
        <translation>收自评估员（只读）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start an interview</source>
        <translation>开始访谈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not part of an assessment)</source>
        <translation>（不属于任何评估）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment the new interview belongs to</source>
        <translation>新访谈所属的评估</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1</source>
        <translation>开始：%1</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../qml/InterviewPage.qml" line="+52"/>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draft translation</source>
        <translation>翻译草稿</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interview language</source>
        <translation>访谈语言</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+250"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>快速退出：立即隐藏此屏幕</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to section</source>
        <translation>转到部分</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 answered</source>
        <translation>已回答 %1 / %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The next questions are for the respondent to answer alone. Explain how to answer, then hand over the device: earlier answers stay hidden until you take it back.</source>
        <translation>接下来的问题由受访者独自作答。请说明作答方式，然后把设备交给受访者：在您收回设备之前，先前的答案一直隐藏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Please give the device back to the interviewer.</source>
        <translation>谢谢。请将设备交还给访谈员。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over</source>
        <translation>交出设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interviewer: unlock to continue</source>
        <translation>访谈员：解锁以继续</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick a choice</source>
        <translation>选择选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>save and go on</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add an entry to a list of people or places; elsewhere, go on</source>
        <translation>在人员或地点列表中添加条目；在其他位置则为继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter or Alt+Left</source>
        <translation>Shift+Enter 或 Alt+←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>go back</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape twice</source>
        <translation>按两次 Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick exit: hide the interview at once</source>
        <translation>快速退出：立即隐藏访谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this list</source>
        <translation>显示此列表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+16"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../qml/PassphraseField.qml" line="+42"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide passphrase</source>
        <translation>隐藏密码短语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>显示密码短语</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../qml/QuestionView.qml" line="+113"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device cannot record a %1 answer yet; leave it and go on.</source>
        <translation>此设备暂时无法记录 %1 类型的回答；请跳过此题继续。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/core/scoring/report.cpp" line="+82"/>
        <source>national service</source>
        <translation>全国警察机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regional command</source>
        <translation>地区指挥部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station</source>
        <translation>警察局</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suppressed (fewer respondents than the disclosure threshold)</source>
        <translation>已隐藏（受访者少于披露阈值）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interpret with caution: %1</source>
        <translation>请谨慎解读：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreliable: %1</source>
        <translation>不可靠：%1</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+102"/>
        <source>Change: %1 → %2</source>
        <translation>变化：%1 → %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 and %2 interviews. The change is the follow-up minus the baseline, with its 95% interval (MOVER; Newcombe&apos;s method for proportions); it is called a change only when the interval excludes zero and both estimates are reliable.</source>
        <translation>%1 个和 %2 个访谈。变化为后续评估减去基线评估，并附 95% 区间（MOVER；比例采用 Newcombe 方法）；仅当区间不含零且两个估计值均可靠时才称为变化。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+216"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Change [95% interval]</source>
        <translation>变化 [95% 区间]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>suppressed in one assessment</source>
        <translation>在其中一次评估中被隐藏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreliable in one assessment</source>
        <translation>在其中一次评估中不可靠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change</source>
        <translation>有变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change the samples can tell from none</source>
        <translation>样本无法区分于零的变化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change %1</source>
        <translation>变化 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 indicators measured in only one of the two assessments are not compared.</source>
        <translation>有 %1 个指标只在两次评估中的一次里测量，不作比较。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Gap report: %1</source>
        <translation>差距报告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interviews scored · generated %2</source>
        <translation>已计入 %1 个访谈 · 生成于 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>建议的服务</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Indicators:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+163"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>No rule was triggered by a reliable estimate.</source>
        <translation>没有规则被可靠的估计值触发。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and %1 more indicators (see the HTML or CSV report)</source>
        <translation>另有 %1 个指标（见 HTML 或 CSV 报告）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Too uncertain to judge (fewer than 30 effective cases, or suppressed):</source>
        <translation>不确定性太大，无法判断（有效个案少于 30，或已隐藏）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall estimates. Breakdowns (by sex, age group, region, unit, …) are in the HTML and CSV reports.</source>
        <translation>总体估计值。分组结果（按性别、年龄组、地区、单位等）见 HTML 和 CSV 报告。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>%1 interviews</source>
        <translation>%1 个访谈</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+50"/>
        <source>suppressed: fewer respondents than the disclosure threshold</source>
        <translation>已隐藏：受访者少于披露阈值</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+50"/>
        <source>top need: %1 (MWDS %2)</source>
        <translation>首要需求：%1（MWDS %2）</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>gap %1%</source>
        <translation>差距 %1%</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Completed and finalized interviews only; answers hidden by skip logic are never counted. Proportions: Wilson score interval (unweighted) or Korn–Graubard (weighted); means and scales: t interval; rates per 1,000 with series incidents capped where the indicator says so. Estimates on fewer than 30 effective cases are flagged unreliable and never lead to a recommendation; 30–59 cases, a relative standard error of 30% or more, or a proportion interval wider than 20 points are marked &quot;interpret with caution&quot;. Any figure from fewer than %1 respondents (%2 for sensitive instruments) is suppressed, with complementary suppression within each breakdown so it cannot be worked out from the others. Gap = shortfall from the target divided by the distance from the target to the worst plausible value; priority = severity × gap.</source>
        <translation>仅计入已完成并定稿的访谈；被跳转逻辑隐藏的答案一律不计。比例：Wilson 得分区间（未加权）或 Korn–Graubard 区间（加权）；均值和量表：t 区间；每 1,000 的比率，在指标规定时对连续事件设上限。有效个案少于 30 的估计值标为不可靠，绝不用于提出建议；30–59 个个案、相对标准误达到或超过 30%，或比例区间宽于 20 个百分点的，标为“请谨慎解读”。凡来自少于 %1 名受访者（敏感工具为 %2 名）的数字均予隐藏，并在每个分组内进行补充隐藏，使其无法由其他数字推算。差距 = 与目标的差额除以目标到最差合理值的距离；优先级 = 严重程度 × 差距。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No design weights: every interview counts once.</source>
        <translation>无设计权重：每个访谈计一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design weights from the assessments: %1 of the %2 interviews carry one (the others count 1); effective sample sizes are Kish&apos;s.</source>
        <translation>来自评估的设计权重：%2 个访谈中有 %1 个带有权重（其余计为 1）；有效样本量采用 Kish 方法。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: docs/statistics.md and docs/scoring.md.</source>
        <translation>详情：docs/statistics.md 和 docs/scoring.md。</translation>
    </message>
    <message>
        <location filename="../app/core/scoring/statistics.cpp" line="+534"/>
        <source>no estimate (n = %1)</source>
        <translation>无估计值（n = %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective sample size %1 is below %2</source>
        <translation>有效样本量 %1 低于 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample size %1 is below %2</source>
        <translation>样本量 %1 低于 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>relative standard error %1% is %2% or more</source>
        <translation>相对标准误 %1% 达到或超过 %2%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1% confidence interval is %2 percentage points wide (over %3)</source>
        <translation>%1% 置信区间宽 %2 个百分点（超过 %3）</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/ReviewPage.qml" line="+28"/>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This interview is finalized and can no longer be changed.</source>
        <translation>此访谈已定稿，无法再更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question that needs an answer has one.</source>
        <translation>所有需要回答的问题均已回答。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) still need attention:</source>
        <translation>
            <numerusform>还有 %n 项需要处理：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fix</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the interview</source>
        <translation>将访谈定稿</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the questions</source>
        <translation>返回问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick exit</source>
        <translation>快速退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>快速退出：立即隐藏此屏幕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finalize?</source>
        <translation>确定定稿？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers hidden by skip logic are deleted, and no answer can be changed afterwards.</source>
        <translation>被跳题逻辑隐藏的回答将被删除，此后任何回答都无法再更改。</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <location filename="../qml/RosterView.qml" line="+35"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not answered yet)</source>
        <translation>（尚未回答）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add an entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this entry?</source>
        <translation>移除此条目？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its answers are kept until the interview is finalized, and it can be restored until then.</source>
        <translation>访谈定稿之前，该条目的回答会保留，并且可以恢复。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/SyncPage.qml" line="+17"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>已撤销信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>返回工作区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity files (*.json)</source>
        <translation>身份文件 (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke %1?</source>
        <translation>撤销对设备 %1 的信任？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages signed by this device will be refused from now on, even ones written before. A revoked device cannot be enrolled again.</source>
        <translation>今后将拒收此设备签名的数据包，包括此前生成的数据包。已撤销信任的设备无法再次注册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+241"/>
        <source>Revoke</source>
        <translation>撤销信任</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>This device</source>
        <translation>此设备</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint: read it aloud to the person who enrols this device, and compare theirs the same way.</source>
        <translation>指纹：请大声读给注册此设备的人听，并用同样的方式核对对方的指纹。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fingerprint %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder (USB stick or shared folder)</source>
        <translation>文件夹（U 盘或共享文件夹）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for package files</source>
        <translation>数据包文件所在的文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+168"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write receipts</source>
        <translation>生成回执</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save team file</source>
        <translation>保存团队文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my identity file</source>
        <translation>保存我的身份文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export all interviews again</source>
        <translation>重新导出所有访谈</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the coordinator&apos;s workspace</source>
        <translation>这是协调员的工作区</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove delivered interviews from this device</source>
        <translation>从此设备删除已交付的访谈</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody enrolled yet. An assessor enrols the coordinator&apos;s team file; the coordinator enrols each assessor&apos;s identity file. Compare fingerprints aloud before enrolling.</source>
        <translation>尚未注册任何人。评估员注册协调员的团队文件；协调员注册每位评估员的身份文件。注册前请大声读出并核对指纹。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assessor</source>
        <translation>评估员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>已撤销信任</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke %1</source>
        <translation>撤销对设备 %1 的信任</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity or team file</source>
        <translation>身份文件或团队文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity or team file to enrol</source>
        <translation>要注册的身份文件或团队文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>注册</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing sent or received yet.</source>
        <translation>尚未发送或接收任何内容。</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/UnlockPage.qml" line="+35"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock workspace</source>
        <translation>解锁工作区</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>baseline::DashboardController</name>
    <message>
        <location filename="../app/bridge/dashboardcontroller.cpp" line="+141"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring %1 of %2 interviews…</source>
        <translation>正在计算：第 %1 个访谈，共 %2 个…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unknown report format: %1</source>
        <translation>未知的报告格式：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder that exists: %1</source>
        <translation>请选择一个已存在的文件夹：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an agency first.</source>
        <translation>请先选择机构。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not score the interviews: %1</source>
        <translation>无法计算访谈得分：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not build the report: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>Could not compare the assessments: %1</source>
        <translation>无法比较这两次评估：%1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Could not write %1: %2. Nothing was saved; check the folder and the free space.</source>
        <translation>无法写入 %1：%2。未保存任何内容；请检查文件夹和剩余空间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written: %1</source>
        <translation>报告已写入：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written without the comparison (%1): %2</source>
        <translation>报告已写入，但未包含比较（%1）：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workspace is locked</source>
        <translation>工作区已锁定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the agency is scored, then compare.</source>
        <translation>请等待该机构计分完成后再比较。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different assessments: a baseline and a follow-up.</source>
        <translation>请选择两次不同的评估：一次基线评估和一次后续评估。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 [%2 to %3]</source>
        <translation>%1 [%2 至 %3]</translation>
    </message>
</context>
<context>
    <name>baseline::InterviewController</name>
    <message>
        <location filename="../app/bridge/interviewcontroller.cpp" line="+84"/>
        <source>Some instruments of the library could not be installed: %1</source>
        <translation>库中的部分调查工具未能安装：%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Give the agency a name and a kind.</source>
        <translation>请填写机构名称并选择机构类型。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An agency cannot be part of itself or of one of its own units.</source>
        <translation>机构不能隶属于其自身或其下属部门。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An assessment needs an agency, a title and a period written YYYY-MM-DD.</source>
        <translation>评估须有机构、标题以及按 YYYY-MM-DD 格式填写的评估期间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>评估期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one instrument for the assessment.</source>
        <translation>请为评估至少选择一种调查工具。</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>No interview is open.</source>
        <translation>没有打开的访谈。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期：请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Answer the question above, or record &quot;don&apos;t know&quot; or &quot;refused&quot; where offered, before going on.</source>
        <translation>请先回答上面的问题，或在有相应选项时记录“不知道”或“拒绝回答”，然后再继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the answer above before going on.</source>
        <translation>请先更正上面的回答，然后再继续。</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+125"/>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Refused</source>
        <translation>拒绝回答</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — entry %2</source>
        <translation>%1 — 第 %2 条</translation>
    </message>
</context>
<context>
    <name>baseline::SyncController</name>
    <message>
        <location filename="../app/bridge/synccontroller.cpp" line="+141"/>
        <source>The workspace is locked.</source>
        <translation>工作区已锁定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+82"/>
        <source>Choose a folder that exists: %1</source>
        <translation>请选择一个已存在的文件夹：%1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Could not write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. Read your fingerprint to the other side when they enrol it.</source>
        <translation>已保存 %1。对方注册此文件时，请向对方读出您的指纹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrolled %1. Check that this fingerprint is the one they read to you: %2</source>
        <translation>已注册 %1。请确认此指纹与对方向您读出的指纹一致：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoked. Packages from that device will be refused.</source>
        <translation>已撤销信任。来自该设备的数据包将被拒收。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrote %n interview(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个访谈写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No package files there (they end in .blnpkg).</source>
        <translation>该位置没有数据包文件（文件名以 .blnpkg 结尾）。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>All %n package(s) imported.</source>
        <translation>
            <numerusform>全部 %n 个数据包均已导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n package(s) refused; nothing from them was applied.</source>
        <translation>
            <numerusform>%n 个数据包被拒收；其中的内容均未应用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import result packages first: receipts confirm what was imported.</source>
        <translation>请先导入结果数据包：回执用于确认已导入的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %n receipt(s). Give each assessor theirs.</source>
        <translation>
            <numerusform>已生成 %n 份回执。请将回执分别交给对应的评估员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Removed the answers of %n delivered interview(s) from this device.</source>
        <translation>
            <numerusform>已从此设备删除 %n 个已交付访谈的回答。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baseline::WorkspaceController</name>
    <message numerus="yes">
        <location filename="../app/bridge/workspacecontroller.cpp" line="+46"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>闲置 %n 分钟后已锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked because the app was sent to the background.</source>
        <translation>应用已转入后台，因此已锁定。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Use four or more unrelated words, or at least %1 characters.</source>
        <translation>请使用四个或更多互不相关的词，或至少 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least %1 characters.</source>
        <translation>太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add more words or characters.</source>
        <translation>弱：请添加更多词或字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>中等：再加几个词即可变强。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>两次输入的密码短语不一致。请两次输入相同的密码短语。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>密码短语太短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the workspace passphrase.</source>
        <translation>请输入工作区密码短语。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Locked.</source>
        <translation>已锁定。</translation>
    </message>
</context>
</TS>
