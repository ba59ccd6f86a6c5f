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
        <location line="+10"/>
        <source>Agencies and assessments</source>
        <translation>الأجهزة والتقييمات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agencies yet. Add the agency you are assessing, then an assessment of it.</source>
        <translation>لا توجد أجهزة بعد. أضف الجهاز الذي تُقيّمه، ثم أضف تقييمًا له.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>part of %1</source>
        <translation>يتبع %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Agency name</source>
        <translation>اسم الجهاز</translation>
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
        <location line="+4"/>
        <source>Add agency</source>
        <translation>إضافة الجهاز</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assessments</source>
        <translation>التقييمات</translation>
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
        <location line="+7"/>
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
        <location line="+6"/>
        <source>The respondent declines</source>
        <translation>المستجيب يرفض</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+10"/>
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
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message numerus="yes">
        <location line="+18"/>
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
        <location line="+8"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+13"/>
        <location line="+205"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>خروج سريع: إخفاء هذه الشاشة فورًا</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Go to section</source>
        <translation>الانتقال إلى قسم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 answered</source>
        <translation>تمت الإجابة عن %1 من %2</translation>
    </message>
    <message>
        <location line="+85"/>
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
        <location line="+8"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+21"/>
        <source>Fix</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the interview</source>
        <translation>اعتماد المقابلة نهائيًا</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+5"/>
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
        <location line="+9"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>baseline::InterviewController</name>
    <message>
        <location filename="../app/bridge/interviewcontroller.cpp" line="+81"/>
        <source>Some instruments of the library could not be installed: %1</source>
        <translation>تعذّر تثبيت بعض أدوات التقييم الموجودة في المكتبة: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Give the agency a name and a kind.</source>
        <translation>أدخل اسم الجهاز واختر نوعه.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An assessment needs an agency, a title and a period written YYYY-MM-DD.</source>
        <translation>يحتاج التقييم إلى جهاز وعنوان وفترة مكتوبة بالصيغة YYYY-MM-DD، أي السنة ثم الشهر ثم اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>تاريخ نهاية الفترة يسبق تاريخ بدايتها.</translation>
    </message>
    <message>
        <location line="+183"/>
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
        <location line="+95"/>
        <source>Answer the question above, or record &quot;don&apos;t know&quot; or &quot;refused&quot; where offered, before going on.</source>
        <translation>قبل المتابعة، أجب عن السؤال أعلاه، أو سجّل «لا أعرف» أو «رفض الإجابة» حيثما أُتيح ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the answer above before going on.</source>
        <translation>صحّح الإجابة أعلاه قبل المتابعة.</translation>
    </message>
    <message>
        <location line="+245"/>
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
