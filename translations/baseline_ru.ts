<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AgenciesCard</name>
    <message>
        <location filename="../qml/AgenciesCard.qml" line="+13"/>
        <source>National police service</source>
        <translation>Национальная полицейская служба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional command</source>
        <translation>Региональное управление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Полицейский участок</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Agencies and assessments</source>
        <translation>Органы и оценки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agencies yet. Add the agency you are assessing, then an assessment of it.</source>
        <translation>Органов пока нет. Добавьте орган, который вы оцениваете, а затем его оценку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part of %1</source>
        <translation>в составе: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+98"/>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+3"/>
        <source>Agency name</source>
        <translation>Название органа</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind of agency</source>
        <translation>Тип органа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no parent agency)</source>
        <translation>(нет вышестоящего органа)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent agency</source>
        <translation>Вышестоящий орган</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add agency</source>
        <translation>Добавить орган</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+138"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>target %1</source>
        <translation>цель: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agency assessed</source>
        <translation>Оцениваемый орган</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title, e.g. Baseline assessment 2026</source>
        <translation>Название, например «Базовая оценка 2026»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From YYYY-MM-DD</source>
        <translation>Начало: ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To YYYY-MM-DD</source>
        <translation>Конец: ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target sample (interviews)</source>
        <translation>Плановая выборка (интервью)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target sample: how many interviews are planned</source>
        <translation>Плановая выборка: сколько интервью запланировано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instruments (none ticked: all)</source>
        <translation>Инструменты (если ничего не отмечено — все)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add assessment</source>
        <translation>Добавить оценку</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../qml/ConsentPage.qml" line="+35"/>
        <source>Read this to the respondent:</source>
        <translation>Прочитайте респонденту:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The respondent agrees</source>
        <translation>Респондент согласен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The respondent declines</source>
        <translation>Респондент отказывается</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back</source>
        <translation>Назад</translation>
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
        <translation>Создание рабочей области</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer is encrypted with this passphrase. Nobody can recover it for you: without it the answers cannot be read, so keep it somewhere safe.</source>
        <translation>Все ответы шифруются этой парольной фразой. Восстановить её за вас никто не сможет: без неё ответы прочитать невозможно, поэтому храните её в надёжном месте.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type it again</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Create workspace</source>
        <translation>Создать рабочую область</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="+22"/>
        <source>suppressed: too few respondents</source>
        <translation>скрыто: слишком мало респондентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable: too few cases</source>
        <translation>ненадёжно: слишком мало случаев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpret with caution</source>
        <translation>толковать с осторожностью</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>Вернуться в рабочую область</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap report</source>
        <translation>Отчёт о разрывах</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency to report on</source>
        <translation>Ведомство для отчёта</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No completed interviews yet for this agency and the units below it.</source>
        <translation>Для этого ведомства и подчинённых подразделений пока нет завершённых интервью.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n completed interview(s), this agency and the units below it.</source>
        <translation>
            <numerusform>%n завершённое интервью — ведомство и подчинённые подразделения.</numerusform>
            <numerusform>%n завершённых интервью — ведомство и подчинённые подразделения.</numerusform>
            <numerusform>%n завершённых интервью — ведомство и подчинённые подразделения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with a design weight.</source>
        <translation>
            <numerusform>%n с весом выборки.</numerusform>
            <numerusform>%n с весом выборки.</numerusform>
            <numerusform>%n с весом выборки.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unweighted.</source>
        <translation>Без весов.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Report for partners</source>
        <translation>Отчёт для партнёров</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (one file)</source>
        <translation>HTML (один файл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (every estimate)</source>
        <translation>CSV (все оценки)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>Формат отчёта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to write the report into</source>
        <translation>Папка для отчёта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate report</source>
        <translation>Создать отчёт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Largest gaps against targets</source>
        <translation>Наибольшие отставания от целей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How far each indicator is from its target, as a share of the way from the worst value to the target. Only estimates reliable enough to act on.</source>
        <translation>Насколько каждый показатель отстаёт от цели, в доле пути от худшего значения до цели. Только оценки, достаточно надёжные для действий.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chart of the largest gaps against targets</source>
        <translation>Диаграмма наибольших отставаний от целей</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Gap</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>Рекомендуемые услуги</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service recommended: no rule fired on an estimate reliable enough to act on.</source>
        <translation>Услуги не рекомендованы: ни одно правило не сработало на достаточно надёжной оценке.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Priority %1 · %n piece(s) of evidence</source>
        <translation>
            <numerusform>Приоритет %1 · %n основание</numerusform>
            <numerusform>Приоритет %1 · %n основания</numerusform>
            <numerusform>Приоритет %1 · %n оснований</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (target %3). %4</source>
        <translation>%1: %2 (цель %3). %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too uncertain to judge: %1</source>
        <translation>Слишком неопределённо для вывода: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change between two assessments</source>
        <translation>Изменение между двумя оценками</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Baseline assessment</source>
        <translation>Исходная оценка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up assessment</source>
        <translation>Повторная оценка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>Прекратить сравнение</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>too few respondents in one assessment</source>
        <translation>слишком мало респондентов в одной из оценок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreliable in one assessment</source>
        <translation>ненадежно в одной из оценок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change the samples can tell from none</source>
        <translation>изменения, отличимого выборками от нуля, нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimate with its 95% interval (band) and target (line).</source>
        <translation>Оценка с 95-процентным интервалом (полоса) и целью (линия).</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+84"/>
        <source>suppressed</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The follow-up minus the baseline, with its 95% interval. It is called a change only when the interval excludes zero and both estimates are reliable. PDF and HTML reports written while a comparison is shown include it.</source>
        <translation>Повторная оценка минус исходная, с 95-процентным интервалом. Изменением это называется, только если интервал не включает ноль и обе оценки надежны. Отчеты PDF и HTML, созданные при показанном сравнении, включают его.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
</context>
<context>
    <name>DecoyPage</name>
    <message>
        <location filename="../qml/DecoyPage.qml" line="+19"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shopping: rice, tea, soap, batteries.
Call the school about Thursday.
Bus at 7:40.</source>
        <translation>Купить: рис, чай, мыло, батарейки.
Позвонить в школу насчёт четверга.
Автобус в 7:40.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
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
        <translation>Отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores, gaps and recommended services per agency</source>
        <translation>Оценки, отставания и рекомендуемые услуги по ведомствам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive packages, and the team</source>
        <translation>Отправка и получение пакетов, управление командой</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the workspace</source>
        <translation>Заблокировать рабочую область</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lock after this many minutes without use</source>
        <translation>Блокировать после бездействия (в минутах)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes without use before the workspace locks</source>
        <translation>Число минут бездействия до блокировки рабочей области</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interviews yet. Start one below.</source>
        <translation>Интервью пока нет. Начните новое ниже.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search: instrument, assessment, date</source>
        <translation>Поиск: инструмент, оценка, дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search interviews</source>
        <translation>Поиск интервью</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized</source>
        <translation>Окончательно завершённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting copies</source>
        <translation>Конфликтующие копии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show interviews with this status</source>
        <translation>Показать интервью с этим статусом</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n interview(s) match</source>
        <translation>
            <numerusform>%n интервью соответствует</numerusform>
            <numerusform>%n интервью соответствуют</numerusform>
            <numerusform>%n интервью соответствуют</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 · %2 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n ответ</numerusform>
            <numerusform>%1 · %2 · %n ответа</numerusform>
            <numerusform>%1 · %2 · %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalized</source>
        <translation>завершено окончательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in progress</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicting copies from two devices: review before use</source>
        <translation>Конфликтующие копии с двух устройств: проверьте перед использованием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered and removed from this device</source>
        <translation>Передано и удалено с этого устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from an assessor (read only)</source>
        <translation>Получено от эксперта-оценщика (только чтение)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start an interview</source>
        <translation>Начать интервью</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not part of an assessment)</source>
        <translation>(не входит ни в одну оценку)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment the new interview belongs to</source>
        <translation>Оценка, к которой относится новое интервью</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start %1</source>
        <translation>Начать: %1</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../qml/InterviewPage.qml" line="+52"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draft translation</source>
        <translation>Черновой перевод</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+250"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>Быстрый выход: сразу скрыть этот экран</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to section</source>
        <translation>Перейти к разделу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 answered</source>
        <translation>Отвечено: %1 из %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The next questions are for the respondent to answer alone. Explain how to answer, then hand over the device: earlier answers stay hidden until you take it back.</source>
        <translation>Следующие вопросы респондент заполняет самостоятельно. Объясните, как отвечать, и передайте ему устройство: прежние ответы скрыты, пока вы не заберёте устройство.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you. Please give the device back to the interviewer.</source>
        <translation>Спасибо. Пожалуйста, верните устройство интервьюеру.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over</source>
        <translation>Передать устройство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interviewer: unlock to continue</source>
        <translation>Интервьюер: разблокируйте, чтобы продолжить</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 – 9</source>
        <translation>1 – 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick a choice</source>
        <translation>выбрать вариант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>save and go on</source>
        <translation>сохранить и продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add an entry to a list of people or places; elsewhere, go on</source>
        <translation>добавить запись в список людей или мест; в остальных случаях — продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter or Alt+Left</source>
        <translation>Shift+Enter или Alt+←</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>go back</source>
        <translation>вернуться назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape twice</source>
        <translation>Esc дважды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quick exit: hide the interview at once</source>
        <translation>быстрый выход: сразу скрыть интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this list</source>
        <translation>показать этот список</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+16"/>
        <source>Notes</source>
        <translation>Заметки</translation>
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
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../qml/QuestionView.qml" line="+113"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This device cannot record a %1 answer yet; leave it and go on.</source>
        <translation>Это устройство пока не может записать ответ типа «%1»; пропустите вопрос и продолжайте.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/core/scoring/report.cpp" line="+82"/>
        <source>national service</source>
        <translation>национальная служба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regional command</source>
        <translation>региональное управление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station</source>
        <translation>отделение полиции</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suppressed (fewer respondents than the disclosure threshold)</source>
        <translation>скрыто (респондентов меньше порога конфиденциальности)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interpret with caution: %1</source>
        <translation>толковать с осторожностью: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreliable: %1</source>
        <translation>ненадёжно: %1</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+102"/>
        <source>Change: %1 → %2</source>
        <translation>Изменение: %1 → %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 and %2 interviews. The change is the follow-up minus the baseline, with its 95% interval (MOVER; Newcombe&apos;s method for proportions); it is called a change only when the interval excludes zero and both estimates are reliable.</source>
        <translation>%1 и %2 интервью. Изменение — это повторная оценка минус исходная, с 95-процентным интервалом (MOVER; метод Ньюкомба для долей); изменением оно называется, только если интервал не включает ноль и обе оценки надёжны.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+216"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Change [95% interval]</source>
        <translation>Изменение [95-процентный интервал]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>suppressed in one assessment</source>
        <translation>скрыто в одной из оценок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreliable in one assessment</source>
        <translation>ненадёжно в одной из оценок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change the samples can tell from none</source>
        <translation>нет изменения, отличимого от нуля по выборкам</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 indicators measured in only one of the two assessments are not compared.</source>
        <translation>Показатели, измеренные только в одной из двух оценок, не сравниваются: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+2"/>
        <source>Gap report: %1</source>
        <translation>Отчёт о разрывах: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interviews scored · generated %2</source>
        <translation>учтено интервью: %1 · создан %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Recommended services</source>
        <translation>Рекомендуемые услуги</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Indicators:</source>
        <translation>Показатели:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+163"/>
        <source>Method</source>
        <translation>Методика</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>No rule was triggered by a reliable estimate.</source>
        <translation>Ни одно правило не сработало на надёжной оценке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and %1 more indicators (see the HTML or CSV report)</source>
        <translation>и ещё показателей: %1 (см. отчёт HTML или CSV)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+63"/>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Too uncertain to judge (fewer than 30 effective cases, or suppressed):</source>
        <translation>Слишком неопределённо для вывода (меньше 30 эффективных случаев или скрыто):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall estimates. Breakdowns (by sex, age group, region, unit, …) are in the HTML and CSV reports.</source>
        <translation>Общие оценки. Разбивки (по полу, возрастной группе, региону, подразделению…) — в отчётах HTML и CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>%1 interviews</source>
        <translation>интервью: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+50"/>
        <source>suppressed: fewer respondents than the disclosure threshold</source>
        <translation>скрыто: респондентов меньше порога конфиденциальности</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+50"/>
        <source>top need: %1 (MWDS %2)</source>
        <translation>главная потребность: %1 (MWDS %2)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>gap %1%</source>
        <translation>разрыв %1%</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval</source>
        <translation>95-процентный интервал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Completed and finalized interviews only; answers hidden by skip logic are never counted. Proportions: Wilson score interval (unweighted) or Korn–Graubard (weighted); means and scales: t interval; rates per 1,000 with series incidents capped where the indicator says so. Estimates on fewer than 30 effective cases are flagged unreliable and never lead to a recommendation; 30–59 cases, a relative standard error of 30% or more, or a proportion interval wider than 20 points are marked &quot;interpret with caution&quot;. Any figure from fewer than %1 respondents (%2 for sensitive instruments) is suppressed, with complementary suppression within each breakdown so it cannot be worked out from the others. Gap = shortfall from the target divided by the distance from the target to the worst plausible value; priority = severity × gap.</source>
        <translation>Учитываются только завершённые и окончательно оформленные интервью; ответы, скрытые логикой переходов, не учитываются никогда. Доли: интервал Уилсона (без весов) или Корна–Граубарда (с весами); средние и шкалы: t-интервал; показатели на 1000 с ограничением серийных инцидентов, если это предусмотрено показателем. Оценки менее чем по 30 эффективным случаям помечаются как ненадёжные и никогда не ведут к рекомендации; 30–59 случаев, относительная стандартная ошибка 30 % и более или интервал доли шире 20 пунктов помечаются «толковать с осторожностью». Любая цифра, полученная менее чем от %1 респондентов (%2 для чувствительных инструментов), скрывается, с дополнительным скрытием в каждой разбивке, чтобы её нельзя было вычислить из остальных. Разрыв = недостача до цели, делённая на расстояние от цели до худшего правдоподобного значения; приоритет = серьёзность × разрыв.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No design weights: every interview counts once.</source>
        <translation>Весов выборки нет: каждое интервью учитывается один раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design weights from the assessments: %1 of the %2 interviews carry one (the others count 1); effective sample sizes are Kish&apos;s.</source>
        <translation>Веса выборки из оценок: вес есть у %1 из %2 интервью (остальные учитываются с весом 1); эффективный объём выборки по Кишу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: docs/statistics.md and docs/scoring.md.</source>
        <translation>Подробности: docs/statistics.md и docs/scoring.md.</translation>
    </message>
    <message>
        <location filename="../app/core/scoring/statistics.cpp" line="+534"/>
        <source>no estimate (n = %1)</source>
        <translation>оценки нет (n = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective sample size %1 is below %2</source>
        <translation>эффективный объем выборки %1 меньше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample size %1 is below %2</source>
        <translation>объем выборки %1 меньше %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>relative standard error %1% is %2% or more</source>
        <translation>относительная стандартная ошибка %1% составляет %2% или более</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1% confidence interval is %2 percentage points wide (over %3)</source>
        <translation>ширина %1-процентного доверительного интервала — %2 п. п. (больше %3)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../qml/ReviewPage.qml" line="+28"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: %1</source>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This interview is finalized and can no longer be changed.</source>
        <translation>Это интервью завершено окончательно, и изменить его больше нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question that needs an answer has one.</source>
        <translation>На все обязательные вопросы даны ответы.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) still need attention:</source>
        <translation>
            <numerusform>Внимания требует %n пункт:</numerusform>
            <numerusform>Внимания требуют %n пункта:</numerusform>
            <numerusform>Внимания требуют %n пунктов:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finalize the interview</source>
        <translation>Окончательно завершить интервью</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the questions</source>
        <translation>Вернуться к вопросам</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: hide this screen at once</source>
        <translation>Быстрый выход: сразу скрыть этот экран</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finalize?</source>
        <translation>Завершить окончательно?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers hidden by skip logic are deleted, and no answer can be changed afterwards.</source>
        <translation>Ответы, скрытые логикой переходов, будут удалены, и после этого ни один ответ нельзя будет изменить.</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <location filename="../qml/RosterView.qml" line="+35"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not answered yet)</source>
        <translation>(ответа пока нет)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add an entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this entry?</source>
        <translation>Удалить эту запись?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its answers are kept until the interview is finalized, and it can be restored until then.</source>
        <translation>Ответы этой записи хранятся до окончательного завершения интервью, и до тех пор её можно восстановить.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/SyncPage.qml" line="+17"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Доверие отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the workspace</source>
        <translation>Вернуться в рабочую область</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity files (*.json)</source>
        <translation>Файлы идентификации (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke %1?</source>
        <translation>Отозвать доверие к устройству %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages signed by this device will be refused from now on, even ones written before. A revoked device cannot be enrolled again.</source>
        <translation>Пакеты, подписанные этим устройством, отныне будут отклоняться, даже созданные ранее. Устройство, доверие к которому отозвано, нельзя зарегистрировать повторно.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+241"/>
        <source>Revoke</source>
        <translation>Отозвать доверие</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fingerprint: read it aloud to the person who enrols this device, and compare theirs the same way.</source>
        <translation>Отпечаток: прочитайте его вслух тому, кто регистрирует это устройство, и так же сверьте его отпечаток.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fingerprint %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder (USB stick or shared folder)</source>
        <translation>Папка (USB-накопитель или общая папка)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for package files</source>
        <translation>Папка для файлов пакетов</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+168"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Export results</source>
        <translation>Экспортировать результаты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import packages</source>
        <translation>Импортировать пакеты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write receipts</source>
        <translation>Создать квитанции</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save team file</source>
        <translation>Сохранить файл команды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my identity file</source>
        <translation>Сохранить мой файл идентификации</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export all interviews again</source>
        <translation>Экспортировать все интервью заново</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the coordinator&apos;s workspace</source>
        <translation>Это рабочая область координатора</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove delivered interviews from this device</source>
        <translation>Удалить с этого устройства переданные интервью</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody enrolled yet. An assessor enrols the coordinator&apos;s team file; the coordinator enrols each assessor&apos;s identity file. Compare fingerprints aloud before enrolling.</source>
        <translation>Пока никто не зарегистрирован. Эксперт-оценщик регистрирует файл команды координатора; координатор регистрирует файл идентификации каждого эксперта-оценщика. Перед регистрацией сверьте отпечатки вслух.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assessor</source>
        <translation>эксперт-оценщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>доверие отозвано</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke %1</source>
        <translation>Отозвать доверие к устройству %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity or team file</source>
        <translation>Файл идентификации или команды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity or team file to enrol</source>
        <translation>Файл идентификации или команды для регистрации</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing sent or received yet.</source>
        <translation>Пока ничего не отправлено и не получено.</translation>
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
        <translation>Разблокировать рабочую область</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
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
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring %1 of %2 interviews…</source>
        <translation>Расчёт: интервью %1 из %2…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unknown report format: %1</source>
        <translation>Неизвестный формат отчёта: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder that exists: %1</source>
        <translation>Выберите существующую папку: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an agency first.</source>
        <translation>Сначала выберите ведомство.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not score the interviews: %1</source>
        <translation>Не удалось рассчитать интервью: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not build the report: %1</source>
        <translation>Не удалось построить отчёт: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+59"/>
        <source>Could not compare the assessments: %1</source>
        <translation>Не удалось сравнить оценки: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Could not write %1: %2. Nothing was saved; check the folder and the free space.</source>
        <translation>Не удалось записать %1: %2. Ничего не сохранено; проверьте папку и свободное место.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written: %1</source>
        <translation>Отчёт записан: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written without the comparison (%1): %2</source>
        <translation>Отчет записан без сравнения (%1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the workspace is locked</source>
        <translation>рабочая область заблокирована</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the agency is scored, then compare.</source>
        <translation>Дождитесь окончания расчета по ведомству, затем сравните.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different assessments: a baseline and a follow-up.</source>
        <translation>Выберите две разные оценки: исходную и повторную.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 [%2 to %3]</source>
        <translation>%1 [от %2 до %3]</translation>
    </message>
</context>
<context>
    <name>baseline::InterviewController</name>
    <message>
        <location filename="../app/bridge/interviewcontroller.cpp" line="+84"/>
        <source>Some instruments of the library could not be installed: %1</source>
        <translation>Не удалось установить некоторые инструменты оценки из библиотеки: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Give the agency a name and a kind.</source>
        <translation>Укажите название и тип органа.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An agency cannot be part of itself or of one of its own units.</source>
        <translation>Орган не может входить в состав самого себя или одного из своих подразделений.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An assessment needs an agency, a title and a period written YYYY-MM-DD.</source>
        <translation>Для оценки нужны орган, название и период в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>Дата окончания периода раньше даты его начала.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one instrument for the assessment.</source>
        <translation>Выберите для оценки хотя бы один инструмент.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>No interview is open.</source>
        <translation>Нет открытого интервью.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«%1» — не дата: введите её в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Answer the question above, or record &quot;don&apos;t know&quot; or &quot;refused&quot; where offered, before going on.</source>
        <translation>Прежде чем продолжить, ответьте на вопрос выше или отметьте «Затрудняюсь ответить» либо «Отказ от ответа», если такие варианты предусмотрены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the answer above before going on.</source>
        <translation>Прежде чем продолжить, исправьте ответ выше.</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+125"/>
        <source>Don&apos;t know</source>
        <translation>Затрудняюсь ответить</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Refused</source>
        <translation>Отказ от ответа</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+15"/>
        <location line="+81"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — entry %2</source>
        <translation>%1 — запись %2</translation>
    </message>
</context>
<context>
    <name>baseline::SyncController</name>
    <message>
        <location filename="../app/bridge/synccontroller.cpp" line="+141"/>
        <source>The workspace is locked.</source>
        <translation>Рабочая область заблокирована.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+82"/>
        <source>Choose a folder that exists: %1</source>
        <translation>Выберите существующую папку: %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Could not write %1 (%2).</source>
        <translation>Не удалось записать %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. Read your fingerprint to the other side when they enrol it.</source>
        <translation>Файл %1 сохранён. Когда другая сторона будет его регистрировать, прочитайте ей свой отпечаток.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1 (%2).</source>
        <translation>Не удалось прочитать %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrolled %1. Check that this fingerprint is the one they read to you: %2</source>
        <translation>Зарегистрировано: %1. Убедитесь, что этот отпечаток совпадает с тем, который вам прочитала другая сторона: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoked. Packages from that device will be refused.</source>
        <translation>Доверие отозвано. Пакеты с этого устройства будут отклоняться.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrote %n interview(s) to %1.</source>
        <translation>
            <numerusform>В %1 записано %n интервью.</numerusform>
            <numerusform>В %1 записано %n интервью.</numerusform>
            <numerusform>В %1 записано %n интервью.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No package files there (they end in .blnpkg).</source>
        <translation>Здесь нет файлов пакетов (их имена оканчиваются на .blnpkg).</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>All %n package(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n пакет.</numerusform>
            <numerusform>Импортированы все %n пакета.</numerusform>
            <numerusform>Импортированы все %n пакетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n package(s) refused; nothing from them was applied.</source>
        <translation>
            <numerusform>Отклонён %n пакет; из него ничего не применено.</numerusform>
            <numerusform>Отклонено %n пакета; из них ничего не применено.</numerusform>
            <numerusform>Отклонено %n пакетов; из них ничего не применено.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import result packages first: receipts confirm what was imported.</source>
        <translation>Сначала импортируйте пакеты с результатами: квитанции подтверждают, что было импортировано.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %n receipt(s). Give each assessor theirs.</source>
        <translation>
            <numerusform>Создана %n квитанция. Передайте каждому эксперту-оценщику его квитанцию.</numerusform>
            <numerusform>Создано %n квитанции. Передайте каждому эксперту-оценщику его квитанцию.</numerusform>
            <numerusform>Создано %n квитанций. Передайте каждому эксперту-оценщику его квитанцию.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Removed the answers of %n delivered interview(s) from this device.</source>
        <translation>
            <numerusform>С этого устройства удалены ответы %n переданного интервью.</numerusform>
            <numerusform>С этого устройства удалены ответы %n переданных интервью.</numerusform>
            <numerusform>С этого устройства удалены ответы %n переданных интервью.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baseline::WorkspaceController</name>
    <message numerus="yes">
        <location filename="../app/bridge/workspacecontroller.cpp" line="+46"/>
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Заблокировано после %n минуты бездействия.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked because the app was sent to the background.</source>
        <translation>Заблокировано, так как приложение было свёрнуто.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Use four or more unrelated words, or at least %1 characters.</source>
        <translation>Используйте четыре или больше не связанных между собой слов либо не менее %1 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too short: at least %1 characters.</source>
        <translation>Слишком короткая: нужно не менее %1 символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weak: add more words or characters.</source>
        <translation>Слабая: добавьте слова или символы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Средняя: ещё несколько слов сделают её надёжной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же парольную фразу дважды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Парольная фраза слишком короткая: используйте не менее %1 символов.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the workspace passphrase.</source>
        <translation>Введите парольную фразу рабочей области.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
</context>
</TS>
