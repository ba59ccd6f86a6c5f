<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgenciesCard</name>
    <message>
        <location filename="../qml/AgenciesCard.qml" line="+13"/>
        <source>National police service</source>
        <translation>جهاز الشرطة الوطني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional command</source>
        <translation>قيادة إقليمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>وحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>مركز شرطة</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Agencies and assessments</source>
        <translation>الأجهزة والتقييمات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agencies yet. Add the agency you are assessing, then an assessment of it.</source>
        <translation>لا توجد أجهزة بعد. أضف الجهاز الذي تُقيّمه، ثم أضف تقييمًا له.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part of %1</source>
        <translation>يتبع %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+3"/>
        <source>Agency name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of agency</source>
        <translation>نوع الجهاز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no parent agency)</source>
        <translation>(لا يتبع جهازًا أعلى)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent agency</source>
        <translation>الجهاز الأعلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add agency</source>
        <translation>إضافة الجهاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+138"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>target %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agency assessed</source>
        <translation>الجهاز الخاضع للتقييم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. Baseline assessment 2026</source>
        <translation>العنوان، مثلًا: تقييم خط الأساس 2026</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From YYYY-MM-DD</source>
        <translation>من YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To YYYY-MM-DD</source>
        <translation>إلى YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target sample (interviews)</source>
        <translation>العينة المستهدفة (عدد المقابلات)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target sample: how many interviews are planned</source>
        <translation>العينة المستهدفة: عدد المقابلات المخطط لها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instruments (none ticked: all)</source>
        <translation>أدوات التقييم (إن لم يُحدَّد شيء: جميعها)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add assessment</source>
        <translation>إضافة التقييم</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../qml/ConsentPage.qml" line="+35"/>
        <source>Read this to the respondent:</source>
        <translation>اقرأ هذا النص على المستجيب:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The respondent agrees</source>
        <translation>المستجيب يوافق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The respondent declines</source>
        <translation>المستجيب يرفض</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>رجوع</translation>
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
        <translation>إنشاء مساحة عمل جديدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer is encrypted with this passphrase. Nobody can recover it for you: without it the answers cannot be read, so keep it somewhere safe.</source>
        <translation>تُشفَّر كل إجابة بعبارة المرور هذه. لا يستطيع أحد استعادتها لك: فمن دونها لا يمكن قراءة الإجابات، لذا احتفظ بها في مكان آمن.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type it again</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Create workspace</source>
        <translation>إنشاء مساحة العمل</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="+22"/>
        <source>suppressed: too few respondents</source>
        <translation>محجوب: عدد المستجيبين قليل جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable: too few cases</source>
        <translation>غير موثوق: عدد الحالات قليل جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpret with caution</source>
        <translation>يُفسَّر بحذر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>العودة إلى مساحة العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap report</source>
        <translation>تقرير الفجوات</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Agency</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency to report on</source>
        <translation>الجهاز موضوع التقرير</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No completed interviews yet for this agency and the units below it.</source>
        <translation>لا توجد بعد مقابلات مكتملة لهذا الجهاز والوحدات التابعة له.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n completed interview(s), this agency and the units below it.</source>
        <translation>
            <numerusform>%n مقابلة مكتملة، لهذا الجهاز والوحدات التابعة له.</numerusform>
            <numerusform>مقابلة مكتملة واحدة (%n)، لهذا الجهاز والوحدات التابعة له.</numerusform>
            <numerusform>مقابلتان مكتملتان (%n)، لهذا الجهاز والوحدات التابعة له.</numerusform>
            <numerusform>%n مقابلات مكتملة، لهذا الجهاز والوحدات التابعة له.</numerusform>
            <numerusform>%n مقابلة مكتملة، لهذا الجهاز والوحدات التابعة له.</numerusform>
            <numerusform>%n مقابلة مكتملة، لهذا الجهاز والوحدات التابعة له.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with a design weight.</source>
        <translation>
            <numerusform>%n منها بوزن تصميم.</numerusform>
            <numerusform>%n منها بوزن تصميم.</numerusform>
            <numerusform>%n منها بوزن تصميم.</numerusform>
            <numerusform>%n منها بأوزان تصميم.</numerusform>
            <numerusform>%n منها بوزن تصميم.</numerusform>
            <numerusform>%n منها بوزن تصميم.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unweighted.</source>
        <translation>دون ترجيح.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Report for partners</source>
        <translation>تقرير للشركاء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (one file)</source>
        <translation>HTML (ملف واحد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (every estimate)</source>
        <translation>CSV (كل التقديرات)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>صيغة التقرير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to write the report into</source>
        <translation>المجلد الذي يُكتب فيه التقرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>اختيار المجلد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate report</source>
        <translation>إنشاء التقرير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Largest gaps against targets</source>
        <translation>أكبر الفجوات مقارنة بالأهداف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far each indicator is from its target, as a share of the way from the worst value to the target. Only estimates reliable enough to act on.</source>
        <translation>مدى بُعد كل مؤشر عن هدفه، كنسبة من المسافة بين أسوأ قيمة والهدف. التقديرات الموثوقة بما يكفي للتصرف بناءً عليها فقط.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of the largest gaps against targets</source>
        <translation>رسم بياني لأكبر الفجوات مقارنة بالأهداف</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>الخدمات الموصى بها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service recommended: no rule fired on an estimate reliable enough to act on.</source>
        <translation>لا خدمة موصى بها: لم تنطبق أي قاعدة على تقدير موثوق بما يكفي للتصرف بناءً عليه.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Priority %1 · %n piece(s) of evidence</source>
        <translation>
            <numerusform>الأولوية %1 · %n دليل</numerusform>
            <numerusform>الأولوية %1 · دليل واحد (%n)</numerusform>
            <numerusform>الأولوية %1 · دليلان (%n)</numerusform>
            <numerusform>الأولوية %1 · %n أدلة</numerusform>
            <numerusform>الأولوية %1 · %n دليلًا</numerusform>
            <numerusform>الأولوية %1 · %n دليل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (target %3). %4</source>
        <translation>%1: %2 (الهدف %3). %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too uncertain to judge: %1</source>
        <translation>غير مؤكد بما لا يسمح بالحكم: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change between two assessments</source>
        <translation>التغير بين تقييمين</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Baseline assessment</source>
        <translation>تقييم خط الأساس</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up assessment</source>
        <translation>تقييم المتابعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>إيقاف المقارنة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too few respondents in one assessment</source>
        <translation>عدد قليل جدًا من المجيبين في أحد التقييمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable in one assessment</source>
        <translation>غير موثوق في أحد التقييمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change</source>
        <translation>تغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change the samples can tell from none</source>
        <translation>لا تغير تستطيع العينات تمييزه عن الصفر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimate with its 95% interval (band) and target (line).</source>
        <translation>التقدير مع فاصل الثقة 95% (الشريط) والهدف (الخط).</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+84"/>
        <source>suppressed</source>
        <translation>محجوب</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The follow-up minus the baseline, with its 95% interval. It is called a change only when the interval excludes zero and both estimates are reliable. PDF and HTML reports written while a comparison is shown include it.</source>
        <translation>قيمة المتابعة مطروحًا منها قيمة خط الأساس، مع فترة الثقة 95%. لا يُعدّ تغيرًا إلا إذا استبعدت الفترة الصفر وكان التقديران موثوقين. تقارير PDF وHTML التي تُنشأ أثناء عرض المقارنة تتضمنها.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>target %1</source>
        <translation>الهدف %1</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../qml/DecoyPage.qml" line="+19"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shopping: rice, tea, soap, batteries.
Call the school about Thursday.
Bus at 7:40.</source>
        <translation>للشراء: أرز، شاي، صابون، بطاريات.
الاتصال بالمدرسة بشأن يوم الخميس.
الحافلة الساعة 7:40.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue</source>
        <translation>متابعة</translation>
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
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores, gaps and recommended services per agency</source>
        <translation>الدرجات والفجوات والخدمات الموصى بها لكل جهاز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive packages, and the team</source>
        <translation>إرسال الحزم واستلامها، وإدارة الفريق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the workspace</source>
        <translation>قفل مساحة العمل</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock after this many minutes without use</source>
        <translation>القفل بعد مرور هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes without use before the workspace locks</source>
        <translation>عدد الدقائق دون استخدام قبل قفل مساحة العمل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interviews yet. Start one below.</source>
        <translation>لا توجد مقابلات بعد. ابدأ مقابلة من الأسفل.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search: instrument, assessment, date</source>
        <translation>بحث: الأداة، التقييم، التاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search interviews</source>
        <translation>البحث في المقابلات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>قيد الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>المكتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>المعتمدة نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting copies</source>
        <translation>نسخ متعارضة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show interviews with this status</source>
        <translation>عرض المقابلات ذات هذه الحالة</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n interview(s) match</source>
        <translation>
            <numerusform>لا توجد مقابلات مطابقة (%n)</numerusform>
            <numerusform>مقابلة واحدة مطابقة (%n)</numerusform>
            <numerusform>مقابلتان مطابقتان (%n)</numerusform>
            <numerusform>%n مقابلات مطابقة</numerusform>
            <numerusform>%n مقابلة مطابقة</numerusform>
            <numerusform>%n مقابلة مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n إجابة</numerusform>
            <numerusform>%1 · %2 · %n إجابة</numerusform>
            <numerusform>%1 · %2 · %n إجابتان</numerusform>
            <numerusform>%1 · %2 · %n إجابات</numerusform>
            <numerusform>%1 · %2 · %n إجابة</numerusform>
            <numerusform>%1 · %2 · %n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalized</source>
        <translation>معتمدة نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicting copies from two devices: review before use</source>
        <translation>نسخ متعارضة من جهازين: راجِعها قبل الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered and removed from this device</source>
        <translation>سُلِّمت وحُذفت من هذا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from an assessor (read only)</source>
        <translation>مستلمة من مقيِّم (للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start an interview</source>
        <translation>بدء مقابلة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not part of an assessment)</source>
        <translation>(ليست ضمن أي تقييم)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment the new interview belongs to</source>
        <translation>التقييم الذي تنتمي إليه المقابلة الجديدة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1</source>
        <translation>بدء: %1</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../qml/InterviewPage.qml" line="+52"/>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draft translation</source>
        <translation>ترجمة أولية (مسودة)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interview language</source>
        <translation>لغة المقابلة</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+250"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>خروج سريع: إخفاء هذه الشاشة فورًا</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to section</source>
        <translation>الانتقال إلى قسم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 answered</source>
        <translation>تمت الإجابة عن %1 من %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The next questions are for the respondent to answer alone. Explain how to answer, then hand over the device: earlier answers stay hidden until you take it back.</source>
        <translation>الأسئلة التالية يجيب عنها المستجيب بمفرده. اشرح طريقة الإجابة ثم سلِّمه الجهاز: تبقى الإجابات السابقة مخفية إلى أن تستعيد الجهاز.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Please give the device back to the interviewer.</source>
        <translation>شكرًا لك. يُرجى إعادة الجهاز إلى من يُجري المقابلة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over</source>
        <translation>تسليم الجهاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interviewer: unlock to continue</source>
        <translation>لمن يُجري المقابلة: افتح القفل للمتابعة</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick a choice</source>
        <translation>اختيار إجابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>save and go on</source>
        <translation>الحفظ والمتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add an entry to a list of people or places; elsewhere, go on</source>
        <translation>إضافة إدخال إلى قائمة أشخاص أو أماكن؛ وفي غير ذلك المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter or Alt+Left</source>
        <translation>Shift+Enter أو Alt+←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>go back</source>
        <translation>الرجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape twice</source>
        <translation>اضغط Esc مرتين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick exit: hide the interview at once</source>
        <translation>خروج سريع: إخفاء المقابلة فورًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this list</source>
        <translation>عرض هذه القائمة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+16"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
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
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide passphrase</source>
        <translation>إخفاء عبارة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
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
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device cannot record a %1 answer yet; leave it and go on.</source>
        <translation>لا يستطيع هذا الجهاز بعدُ تسجيل إجابة من نوع %1؛ اترك هذا السؤال وتابع.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/core/scoring/report.cpp" line="+82"/>
        <source>national service</source>
        <translation>جهاز شرطة وطني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regional command</source>
        <translation>قيادة إقليمية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit</source>
        <translation>وحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station</source>
        <translation>مركز شرطة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suppressed (fewer respondents than the disclosure threshold)</source>
        <translation>محجوب (عدد المستجيبين أقل من عتبة الإفصاح)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interpret with caution: %1</source>
        <translation>يُفسَّر بحذر: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreliable: %1</source>
        <translation>غير موثوق: %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+102"/>
        <source>Change: %1 → %2</source>
        <translation>التغيّر: %1 ← %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 and %2 interviews. The change is the follow-up minus the baseline, with its 95% interval (MOVER; Newcombe&apos;s method for proportions); it is called a change only when the interval excludes zero and both estimates are reliable.</source>
        <translation>%1 و%2 مقابلة. التغيّر هو قيمة المتابعة ناقص قيمة خط الأساس، مع فاصل ثقة 95% (طريقة MOVER؛ وطريقة نيوكومب للنِّسب)؛ ولا يُعدّ تغيّرًا إلا إذا استبعد الفاصلُ الصفرَ وكان التقديران موثوقين.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+216"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Change [95% interval]</source>
        <translation>التغيّر [فاصل الثقة 95%]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>suppressed in one assessment</source>
        <translation>محجوب في أحد التقييمين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreliable in one assessment</source>
        <translation>غير موثوق في أحد التقييمين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change the samples can tell from none</source>
        <translation>لا تغيّر تستطيع العيّنات تمييزه عن الصفر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change %1</source>
        <translation>التغيّر %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 indicators measured in only one of the two assessments are not compared.</source>
        <translation>لا تُقارَن %1 مؤشرات قيست في أحد التقييمين فقط.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Gap report: %1</source>
        <translation>تقرير الفجوات: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interviews scored · generated %2</source>
        <translation>%1 مقابلة محسوبة · أُنشئ في %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>الخدمات الموصى بها</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Indicators:</source>
        <translation>المؤشرات:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+163"/>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>No rule was triggered by a reliable estimate.</source>
        <translation>لم تنطبق أي قاعدة على تقدير موثوق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and %1 more indicators (see the HTML or CSV report)</source>
        <translation>و%1 مؤشرات أخرى (انظر تقرير HTML أو CSV)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>target %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Too uncertain to judge (fewer than 30 effective cases, or suppressed):</source>
        <translation>غير مؤكد بما لا يسمح بالحكم (أقل من 30 حالة فعلية، أو محجوب):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall estimates. Breakdowns (by sex, age group, region, unit, …) are in the HTML and CSV reports.</source>
        <translation>تقديرات إجمالية. التفصيلات (حسب الجنس والفئة العمرية والمنطقة والوحدة…) موجودة في تقريري HTML وCSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>%1 interviews</source>
        <translation>%1 مقابلة</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+50"/>
        <source>suppressed: fewer respondents than the disclosure threshold</source>
        <translation>محجوب: عدد المستجيبين أقل من عتبة الإفصاح</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+50"/>
        <source>top need: %1 (MWDS %2)</source>
        <translation>الحاجة الأولى: %1 (MWDS %2)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>gap %1%</source>
        <translation>الفجوة %1%</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Estimate</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval</source>
        <translation>فاصل الثقة 95%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Completed and finalized interviews only; answers hidden by skip logic are never counted. Proportions: Wilson score interval (unweighted) or Korn–Graubard (weighted); means and scales: t interval; rates per 1,000 with series incidents capped where the indicator says so. Estimates on fewer than 30 effective cases are flagged unreliable and never lead to a recommendation; 30–59 cases, a relative standard error of 30% or more, or a proportion interval wider than 20 points are marked &quot;interpret with caution&quot;. Any figure from fewer than %1 respondents (%2 for sensitive instruments) is suppressed, with complementary suppression within each breakdown so it cannot be worked out from the others. Gap = shortfall from the target divided by the distance from the target to the worst plausible value; priority = severity × gap.</source>
        <translation>تُحتسب المقابلات المكتملة والنهائية فقط؛ ولا تُحتسب أبدًا الإجابات التي أخفاها منطق التخطي. النِّسب: فاصل ويلسون (دون ترجيح) أو كورن–غراوبارد (مع الترجيح)؛ المتوسطات والمقاييس: فاصل t؛ المعدلات لكل 1000 مع سقف للحوادث المتسلسلة حين ينص المؤشر على ذلك. تُوسم التقديرات المبنية على أقل من 30 حالة فعلية بأنها غير موثوقة ولا تؤدي أبدًا إلى توصية؛ وتُوسم بعبارة «يُفسَّر بحذر» حالات 30–59، أو الخطأ المعياري النسبي البالغ 30% فأكثر، أو فاصل النسبة الأعرض من 20 نقطة. يُحجب كل رقم مصدره أقل من %1 مستجيبين (%2 للأدوات الحساسة)، مع حجب تكميلي داخل كل تفصيل كي لا يمكن استنتاجه من غيره. الفجوة = النقص عن الهدف مقسومًا على المسافة بين الهدف وأسوأ قيمة معقولة؛ الأولوية = الخطورة × الفجوة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No design weights: every interview counts once.</source>
        <translation>لا أوزان تصميم: تُحتسب كل مقابلة مرة واحدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design weights from the assessments: %1 of the %2 interviews carry one (the others count 1); effective sample sizes are Kish&apos;s.</source>
        <translation>أوزان تصميم من التقييمات: %1 من أصل %2 مقابلة لها وزن (وتُحتسب البقية بوزن 1)؛ أحجام العيّنة الفعلية وفق كيش.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: docs/statistics.md and docs/scoring.md.</source>
        <translation>التفاصيل: docs/statistics.md وdocs/scoring.md.</translation>
    </message>
    <message>
        <location filename="../app/core/scoring/statistics.cpp" line="+534"/>
        <source>no estimate (n = %1)</source>
        <translation>لا يوجد تقدير (n = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective sample size %1 is below %2</source>
        <translation>حجم العينة الفعلي %1 أقل من %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample size %1 is below %2</source>
        <translation>حجم العينة %1 أقل من %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>relative standard error %1% is %2% or more</source>
        <translation>الخطأ المعياري النسبي %1% يبلغ %2% أو أكثر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1% confidence interval is %2 percentage points wide (over %3)</source>
        <translation>عرض فترة الثقة %1% يبلغ %2 نقطة مئوية (أكثر من %3)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/ReviewPage.qml" line="+28"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: %1</source>
        <translation>مراجعة: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This interview is finalized and can no longer be changed.</source>
        <translation>اعتُمدت هذه المقابلة نهائيًا، ولم يعد من الممكن تغييرها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question that needs an answer has one.</source>
        <translation>تمت الإجابة عن كل الأسئلة التي تتطلب إجابة.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) still need attention:</source>
        <translation>
            <numerusform>ما زال %n بند بحاجة إلى معالجة:</numerusform>
            <numerusform>ما زال %n بند بحاجة إلى معالجة:</numerusform>
            <numerusform>ما زال %n بندان بحاجة إلى معالجة:</numerusform>
            <numerusform>ما زالت %n بنود بحاجة إلى معالجة:</numerusform>
            <numerusform>ما زال %n بندًا بحاجة إلى معالجة:</numerusform>
            <numerusform>ما زال %n بند بحاجة إلى معالجة:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fix</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the interview</source>
        <translation>اعتماد المقابلة نهائيًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the questions</source>
        <translation>العودة إلى الأسئلة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>خروج سريع: إخفاء هذه الشاشة فورًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finalize?</source>
        <translation>اعتماد المقابلة نهائيًا؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers hidden by skip logic are deleted, and no answer can be changed afterwards.</source>
        <translation>ستُحذف الإجابات التي أخفاها منطق التخطي، ولن يمكن تغيير أي إجابة بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <location filename="../qml/RosterView.qml" line="+35"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n إدخال</numerusform>
            <numerusform>%n إدخال</numerusform>
            <numerusform>%n إدخالان</numerusform>
            <numerusform>%n إدخالات</numerusform>
            <numerusform>%n إدخالًا</numerusform>
            <numerusform>%n إدخال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed</source>
        <translation>مُزال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not answered yet)</source>
        <translation>(لم تتم الإجابة بعد)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add an entry</source>
        <translation>إضافة إدخال</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this entry?</source>
        <translation>إزالة هذا الإدخال؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its answers are kept until the interview is finalized, and it can be restored until then.</source>
        <translation>تُحفظ إجاباته إلى أن تُعتمد المقابلة نهائيًا، ويمكن استعادته حتى ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/SyncPage.qml" line="+17"/>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>إيصال استلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>تم الإسناد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>تم التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>سُحبت الثقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged</source>
        <translation>تم الحذف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>العودة إلى مساحة العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity files (*.json)</source>
        <translation>ملفات الهوية (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke %1?</source>
        <translation>سحب الثقة من الجهاز %1؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages signed by this device will be refused from now on, even ones written before. A revoked device cannot be enrolled again.</source>
        <translation>من الآن فصاعدًا ستُرفض الحزم الموقَّعة من هذا الجهاز، حتى تلك التي أُنشئت من قبل. ولا يمكن تسجيل جهاز سُحبت منه الثقة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+241"/>
        <source>Revoke</source>
        <translation>سحب الثقة</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint: read it aloud to the person who enrols this device, and compare theirs the same way.</source>
        <translation>البصمة: اقرأها بصوت عالٍ على الشخص الذي يسجّل هذا الجهاز، وقارن بصمته بالطريقة نفسها.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fingerprint %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder (USB stick or shared folder)</source>
        <translation>المجلد (ذاكرة USB أو مجلد مشترك)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for package files</source>
        <translation>مجلد ملفات الحزم</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+168"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import packages</source>
        <translation>استيراد الحزم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write receipts</source>
        <translation>إنشاء إيصالات الاستلام</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save team file</source>
        <translation>حفظ ملف الفريق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my identity file</source>
        <translation>حفظ ملف هويتي</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export all interviews again</source>
        <translation>إعادة تصدير كل المقابلات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the coordinator&apos;s workspace</source>
        <translation>هذه مساحة عمل المنسق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove delivered interviews from this device</source>
        <translation>حذف المقابلات المُسلَّمة من هذا الجهاز</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody enrolled yet. An assessor enrols the coordinator&apos;s team file; the coordinator enrols each assessor&apos;s identity file. Compare fingerprints aloud before enrolling.</source>
        <translation>لم يُسجَّل أحد بعد. يسجّل المقيِّم ملف الفريق الخاص بالمنسق، ويسجّل المنسق ملف الهوية الخاص بكل مقيِّم. قارن البصمات بصوت عالٍ قبل التسجيل.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assessor</source>
        <translation>مقيِّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>سُحبت الثقة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke %1</source>
        <translation>سحب الثقة من الجهاز %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity or team file</source>
        <translation>ملف الهوية أو ملف الفريق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity or team file to enrol</source>
        <translation>ملف الهوية أو ملف الفريق المراد تسجيله</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync log</source>
        <translation>سجل المزامنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing sent or received yet.</source>
        <translation>لم يُرسَل أو يُستلَم أي شيء بعد.</translation>
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
        <translation>فتح قفل مساحة العمل</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>baseline::DashboardController</name>
    <message>
        <location filename="../app/bridge/dashboardcontroller.cpp" line="+141"/>
        <source>%1 → %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring %1 of %2 interviews…</source>
        <translation>جارٍ الحساب: المقابلة %1 من %2…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unknown report format: %1</source>
        <translation>صيغة تقرير غير معروفة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder that exists: %1</source>
        <translation>اختر مجلدًا موجودًا: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an agency first.</source>
        <translation>اختر جهازًا أولًا.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · %2 · %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not score the interviews: %1</source>
        <translation>تعذّر حساب درجات المقابلات: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not build the report: %1</source>
        <translation>تعذّر إنشاء التقرير: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>Could not compare the assessments: %1</source>
        <translation>تعذرت مقارنة التقييمين: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Could not write %1: %2. Nothing was saved; check the folder and the free space.</source>
        <translation>تعذّرت كتابة %1: %2. لم يُحفظ شيء؛ تحقّق من المجلد والمساحة الفارغة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written: %1</source>
        <translation>كُتب التقرير: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written without the comparison (%1): %2</source>
        <translation>كُتب التقرير دون المقارنة (%1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workspace is locked</source>
        <translation>مساحة العمل مقفلة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the agency is scored, then compare.</source>
        <translation>انتظر حتى يكتمل احتساب درجات الجهة، ثم قارن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different assessments: a baseline and a follow-up.</source>
        <translation>اختر تقييمين مختلفين: تقييم خط الأساس وتقييم المتابعة.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 [%2 to %3]</source>
        <translation>%1 [%2 إلى %3]</translation>
    </message>
</context>
<context>
    <name>baseline::InterviewController</name>
    <message>
        <location filename="../app/bridge/interviewcontroller.cpp" line="+84"/>
        <source>Some instruments of the library could not be installed: %1</source>
        <translation>تعذّر تثبيت بعض أدوات التقييم الموجودة في المكتبة: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Give the agency a name and a kind.</source>
        <translation>أدخل اسم الجهاز واختر نوعه.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An agency cannot be part of itself or of one of its own units.</source>
        <translation>لا يمكن أن يكون الجهاز تابعًا لنفسه أو لإحدى وحداته.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An assessment needs an agency, a title and a period written YYYY-MM-DD.</source>
        <translation>يحتاج التقييم إلى جهاز وعنوان وفترة مكتوبة بالصيغة YYYY-MM-DD، أي السنة ثم الشهر ثم اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>تاريخ نهاية الفترة يسبق تاريخ بدايتها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one instrument for the assessment.</source>
        <translation>اختر أداة واحدة على الأقل للتقييم.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>No interview is open.</source>
        <translation>لا توجد مقابلة مفتوحة.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» ليس رقمًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، أي السنة ثم الشهر ثم اليوم.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Answer the question above, or record &quot;don&apos;t know&quot; or &quot;refused&quot; where offered, before going on.</source>
        <translation>قبل المتابعة، أجب عن السؤال أعلاه، أو سجّل «لا أعرف» أو «رفض الإجابة» حيثما أُتيح ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the answer above before going on.</source>
        <translation>صحّح الإجابة أعلاه قبل المتابعة.</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+125"/>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Refused</source>
        <translation>رفض الإجابة</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — entry %2</source>
        <translation>%1 — الإدخال %2</translation>
    </message>
</context>
<context>
    <name>baseline::SyncController</name>
    <message>
        <location filename="../app/bridge/synccontroller.cpp" line="+141"/>
        <source>The workspace is locked.</source>
        <translation>مساحة العمل مقفلة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+82"/>
        <source>Choose a folder that exists: %1</source>
        <translation>اختر مجلدًا موجودًا: %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Could not write %1 (%2).</source>
        <translation>تعذّرت الكتابة في %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. Read your fingerprint to the other side when they enrol it.</source>
        <translation>تم حفظ %1. اقرأ بصمتك على الطرف الآخر عندما يسجّل هذا الملف.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1 (%2).</source>
        <translation>تعذّرت قراءة %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrolled %1. Check that this fingerprint is the one they read to you: %2</source>
        <translation>تم تسجيل %1. تحقّق من أن هذه البصمة هي نفسها التي قرأها عليك الطرف الآخر: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoked. Packages from that device will be refused.</source>
        <translation>سُحبت الثقة. ستُرفض الحزم الواردة من ذلك الجهاز.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrote %n interview(s) to %1.</source>
        <translation>
            <numerusform>تمت كتابة %n مقابلة في %1.</numerusform>
            <numerusform>تمت كتابة %n مقابلة في %1.</numerusform>
            <numerusform>تمت كتابة %n مقابلتين في %1.</numerusform>
            <numerusform>تمت كتابة %n مقابلات في %1.</numerusform>
            <numerusform>تمت كتابة %n مقابلة في %1.</numerusform>
            <numerusform>تمت كتابة %n مقابلة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No package files there (they end in .blnpkg).</source>
        <translation>لا توجد ملفات حزم هناك (تنتهي أسماؤها بـ .blnpkg).</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>All %n package(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %n حزمة.</numerusform>
            <numerusform>تم استيراد %n حزمة.</numerusform>
            <numerusform>تم استيراد الحزمتين كلتيهما (%n).</numerusform>
            <numerusform>تم استيراد جميع الحزم، وعددها %n.</numerusform>
            <numerusform>تم استيراد جميع الحزم، وعددها %n.</numerusform>
            <numerusform>تم استيراد جميع الحزم، وعددها %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n package(s) refused; nothing from them was applied.</source>
        <translation>
            <numerusform>رُفضت %n حزمة، ولم يُطبَّق أي شيء منها.</numerusform>
            <numerusform>رُفضت %n حزمة، ولم يُطبَّق أي شيء منها.</numerusform>
            <numerusform>رُفضت %n حزمتان، ولم يُطبَّق أي شيء منهما.</numerusform>
            <numerusform>رُفضت %n حزم، ولم يُطبَّق أي شيء منها.</numerusform>
            <numerusform>رُفضت %n حزمة، ولم يُطبَّق أي شيء منها.</numerusform>
            <numerusform>رُفضت %n حزمة، ولم يُطبَّق أي شيء منها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import result packages first: receipts confirm what was imported.</source>
        <translation>استورد حزم النتائج أولًا: فإيصالات الاستلام تؤكد ما تم استيراده.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %n receipt(s). Give each assessor theirs.</source>
        <translation>
            <numerusform>تم إنشاء %n إيصال استلام. سلّم كل مقيِّم إيصاله.</numerusform>
            <numerusform>تم إنشاء %n إيصال استلام. سلّم كل مقيِّم إيصاله.</numerusform>
            <numerusform>تم إنشاء %n إيصالَي استلام. سلّم كل مقيِّم إيصاله.</numerusform>
            <numerusform>تم إنشاء %n إيصالات استلام. سلّم كل مقيِّم إيصاله.</numerusform>
            <numerusform>تم إنشاء %n إيصال استلام. سلّم كل مقيِّم إيصاله.</numerusform>
            <numerusform>تم إنشاء %n إيصال استلام. سلّم كل مقيِّم إيصاله.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Removed the answers of %n delivered interview(s) from this device.</source>
        <translation>
            <numerusform>حُذفت من هذا الجهاز إجابات %n مقابلة مُسلَّمة.</numerusform>
            <numerusform>حُذفت من هذا الجهاز إجابات %n مقابلة مُسلَّمة.</numerusform>
            <numerusform>حُذفت من هذا الجهاز إجابات %n مقابلتين مُسلَّمتين.</numerusform>
            <numerusform>حُذفت من هذا الجهاز إجابات %n مقابلات مُسلَّمة.</numerusform>
            <numerusform>حُذفت من هذا الجهاز إجابات %n مقابلة مُسلَّمة.</numerusform>
            <numerusform>حُذفت من هذا الجهاز إجابات %n مقابلة مُسلَّمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baseline::WorkspaceController</name>
    <message numerus="yes">
        <location filename="../app/bridge/workspacecontroller.cpp" line="+46"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>قُفلت مساحة العمل بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت مساحة العمل بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت مساحة العمل بعد %n دقيقتين دون استخدام.</numerusform>
            <numerusform>قُفلت مساحة العمل بعد %n دقائق دون استخدام.</numerusform>
            <numerusform>قُفلت مساحة العمل بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت مساحة العمل بعد %n دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked because the app was sent to the background.</source>
        <translation>قُفلت مساحة العمل لأن التطبيق نُقل إلى الخلفية.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Use four or more unrelated words, or at least %1 characters.</source>
        <translation>استخدم أربع كلمات غير مترابطة أو أكثر، أو عددًا من الأحرف لا يقل عن %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least %1 characters.</source>
        <translation>قصيرة جدًا: يجب ألا يقل عدد الأحرف عن %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add more words or characters.</source>
        <translation>ضعيفة: أضف مزيدًا من الكلمات أو الأحرف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>مقبولة: بضع كلمات إضافية تجعلها قوية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>عبارة المرور قصيرة جدًا: يجب ألا يقل عدد أحرفها عن %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the workspace passphrase.</source>
        <translation>اكتب عبارة المرور الخاصة بمساحة العمل.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Locked.</source>
        <translation>قُفلت مساحة العمل.</translation>
    </message>
</context>
</TS>
