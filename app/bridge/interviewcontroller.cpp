// SPDX-License-Identifier: GPL-3.0-or-later
#include "interviewcontroller.h"

#include "interview/script.h"
#include "workspacecontroller.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVersionNumber>

#include <utility>

namespace baseline {

namespace {

InterviewController* g_instance = nullptr;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

/** Arabic-Indic and Extended Arabic-Indic digits (and the Arabic decimal separator) to ASCII, so that numbers typed
 *  on an Arabic or Persian keyboard are read whatever the interview language. */
QString asciiDigits(QString s)
{
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
        else if (u == 0x066B)
            c = QLatin1Char('.');
        else if (u == 0x066C)
            c = QLatin1Char(',');
    }
    return s.trimmed();
}

} // namespace

InterviewController* InterviewController::create(QQmlEngine*, QJSEngine*)
{
    if (!g_instance)
        g_instance = new InterviewController(QCoreApplication::instance());
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

InterviewController* InterviewController::instance()
{
    return g_instance;
}

void InterviewController::reset()
{
    delete g_instance;
    g_instance = nullptr;
}

InterviewController::InterviewController(QObject* parent)
    : QObject(parent)
{
    WorkspaceController* ws = WorkspaceController::instance();
    if (!ws)
        ws = WorkspaceController::create(nullptr, nullptr);
    connect(ws, &WorkspaceController::opened, this, &InterviewController::onOpened);
    connect(ws, &WorkspaceController::aboutToLock, this, &InterviewController::onAboutToLock);
    if (ws->workspace())
        onOpened();
}

void InterviewController::onOpened()
{
    WorkspaceController* ws = WorkspaceController::instance();
    if (!ws || !ws->workspace())
        return;
    m_repo = std::make_unique<Repository>(*ws->workspace());
    if (auto r = InterviewSession::installLibrary(*m_repo); !r)
        setError(tr("Some instruments of the library could not be installed: %1").arg(r.message()));
    refresh();
    if (!m_resumeId.isEmpty()) {
        const QString id = m_resumeId;
        const int screen = m_resumeScreen;
        m_resumeId.clear();
        resume(id);
        if (m_session)
            goTo(screen);
        if (m_session && std::exchange(m_reviewAfterUnlock, false))
            review();
    }
}

void InterviewController::onAboutToLock()
{
    if (m_session && m_stage != Stage::Idle) {
        m_resumeId = m_session->id();
        m_resumeScreen = m_screen;
    }
    // A lock in the middle of a hand-over ends it: the passphrase means the assessor has the device again.
    m_handOver = HandOver::None;
    m_session.reset();
    m_pending.reset();
    m_screens.clear();
    m_repo.reset();
    m_instruments.clear();
    m_interviews.clear();
    setStage(Stage::Idle);
    Q_EMIT listsChanged();
    Q_EMIT screenChanged();
}

void InterviewController::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        Q_EMIT stageChanged();
    }
}

void InterviewController::setError(const QString& message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorMessageChanged();
    }
}

void InterviewController::setSaveState(const QString& state)
{
    if (m_saveState != state) {
        m_saveState = state;
        Q_EMIT saveStateChanged();
    }
}

void InterviewController::setAssessmentId(const QString& id)
{
    if (id != m_assessmentId) {
        m_assessmentId = id;
        Q_EMIT listsChanged();
    }
}

bool InterviewController::addAgency(const QString& name, const QString& kind, const QString& parentId,
                                    const QString& region)
{
    return saveAgency({}, name, kind, parentId, region);
}

bool InterviewController::saveAgency(const QString& id, const QString& name, const QString& kind,
                                     const QString& parentId, const QString& region)
{
    if (!m_repo)
        return false;
    const auto k = agencyKindFromName(kind);
    if (name.trimmed().isEmpty() || !k) {
        setError(tr("Give the agency a name and a kind."));
        return false;
    }
    if (!id.isEmpty() && !parentId.isEmpty()) {
        // Walk up from the chosen parent: meeting the agency itself would make a loop.
        QHash<QString, QString> parents;
        if (auto all = m_repo->agencies())
            for (const Agency& a : *all)
                parents.insert(a.id, a.parentId);
        for (QString p = parentId; !p.isEmpty(); p = parents.value(p))
            if (p == id) {
                setError(tr("An agency cannot be part of itself or of one of its own units."));
                return false;
            }
    }
    const Agency agency{id, name.trimmed(), *k, region.trimmed(), parentId};
    Result<void> r;
    if (id.isEmpty()) {
        if (auto added = m_repo->addAgency(agency); !added)
            r = Result<void>(added.error());
    } else {
        r = m_repo->updateAgency(agency);
    }
    if (!r) {
        setError(r.message());
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool InterviewController::addAssessment(const QString& agencyId, const QString& title, const QString& from,
                                        const QString& to, int targetSample)
{
    return saveAssessment({}, agencyId, title, from, to, targetSample, {});
}

bool InterviewController::saveAssessment(const QString& id, const QString& agencyId, const QString& title,
                                         const QString& from, const QString& to, int targetSample,
                                         const QStringList& instrumentKeys)
{
    if (!m_repo)
        return false;
    Assessment a;
    a.id = id;
    a.agencyId = agencyId;
    a.title = title.trimmed();
    a.periodStart = QDate::fromString(from.trimmed(), Qt::ISODate);
    a.periodEnd = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (targetSample > 0)
        a.targetSample = targetSample;
    if (agencyId.isEmpty() || a.title.isEmpty() || !a.periodStart.isValid() || !a.periodEnd.isValid()) {
        setError(tr("An assessment needs an agency, a title and a period written YYYY-MM-DD."));
        return false;
    }
    if (a.periodEnd < a.periodStart) {
        setError(tr("The period ends before it starts."));
        return false;
    }
    for (const QVariant& v : std::as_const(m_instruments)) {
        const QVariantMap m = v.toMap();
        const QString key =
            m.value(QStringLiteral("id")).toString() + QLatin1Char('@') + m.value(QStringLiteral("version")).toString();
        if (instrumentKeys.isEmpty() || instrumentKeys.contains(key))
            a.instruments.append(
                {m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("version")).toString()});
    }
    if (a.instruments.isEmpty()) {
        setError(tr("Choose at least one instrument for the assessment."));
        return false;
    }
    QString saved = id;
    if (id.isEmpty()) {
        auto added = m_repo->addAssessment(a);
        if (!added) {
            setError(added.message());
            return false;
        }
        saved = *added;
    } else if (auto r = m_repo->updateAssessment(a); !r) {
        setError(r.message());
        return false;
    }
    setError({});
    m_assessmentId = saved;
    refresh();
    return true;
}

void InterviewController::refresh()
{
    m_instruments.clear();
    m_interviews.clear();
    m_agencies.clear();
    m_assessments.clear();
    if (!m_repo) {
        Q_EMIT listsChanged();
        return;
    }
    if (auto all = m_repo->instruments()) {
        // Newest version of each instrument only: interviews keep their own version anyway.
        QHash<QString, InstalledInstrument> newest;
        for (const auto& i : *all)
            if (!newest.contains(i.id)
                || QVersionNumber::fromString(i.version) > QVersionNumber::fromString(newest.value(i.id).version))
                newest.insert(i.id, i);
        QList<InstalledInstrument> sorted = newest.values();
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            const auto key = [](const QString& service) {
                return service.mid(service.indexOf(QLatin1Char('.')) + 1).toInt();
            };
            return key(a.service) != key(b.service) ? key(a.service) < key(b.service) : a.id < b.id;
        });
        // Titles in the interface language where the instrument has it (an Arabic home lists Arabic titles), else
        // in the instrument's default language. Title maps are read once per instrument file.
        const QString ui = QLocale().name().section(QLatin1Char('_'), 0, 0);
        for (const auto& i : sorted) {
            if (!m_titles.contains(i.sha256))
                if (auto content = m_repo->instrumentContent(i.id, i.version))
                    m_titles.insert(
                        i.sha256, QJsonDocument::fromJson(*content).object().value(QStringLiteral("title")).toObject());
            const QString localized = m_titles.value(i.sha256).value(ui).toString();
            m_instruments.append(QVariantMap{{QStringLiteral("key"), i.id + QLatin1Char('@') + i.version},
                                             {QStringLiteral("id"), i.id},
                                             {QStringLiteral("version"), i.version},
                                             {QStringLiteral("title"), localized.isEmpty() ? i.title : localized},
                                             {QStringLiteral("service"), i.service}});
        }
    }
    QHash<QString, QString> agencyNames;
    if (auto all = m_repo->agencies()) {
        for (const Agency& a : *all)
            agencyNames.insert(a.id, a.name);
        for (const Agency& a : *all)
            m_agencies.append(QVariantMap{{QStringLiteral("id"), a.id},
                                          {QStringLiteral("name"), a.name},
                                          {QStringLiteral("kind"), agencyKindName(a.kind)},
                                          {QStringLiteral("region"), a.region},
                                          {QStringLiteral("parentId"), a.parentId},
                                          {QStringLiteral("parent"), agencyNames.value(a.parentId)}});
    }
    QHash<QString, QString> assessmentTitles;
    if (auto all = m_repo->assessments()) {
        for (const Assessment& a : *all) {
            const QString title = QStringLiteral("%1 — %2").arg(agencyNames.value(a.agencyId), a.title);
            assessmentTitles.insert(a.id, title);
            QStringList keys;
            for (const auto& [instrument, version] : a.instruments)
                keys << instrument + QLatin1Char('@') + version;
            m_assessments.append(QVariantMap{{QStringLiteral("id"), a.id},
                                             {QStringLiteral("title"), title},
                                             {QStringLiteral("name"), a.title},
                                             {QStringLiteral("agencyId"), a.agencyId},
                                             {QStringLiteral("from"), a.periodStart.toString(Qt::ISODate)},
                                             {QStringLiteral("to"), a.periodEnd.toString(Qt::ISODate)},
                                             {QStringLiteral("target"), a.targetSample.value_or(0)},
                                             {QStringLiteral("instrumentKeys"), keys},
                                             {QStringLiteral("period"),
                                              QStringLiteral("%1 – %2").arg(a.periodStart.toString(Qt::ISODate),
                                                                            a.periodEnd.toString(Qt::ISODate))}});
        }
    }
    if (auto all = m_repo->interviews()) {
        QHash<QString, QString> titles;
        for (const auto& v : std::as_const(m_instruments))
            titles.insert(v.toMap().value(QStringLiteral("id")).toString(),
                          v.toMap().value(QStringLiteral("title")).toString());
        for (auto it = all->crbegin(); it != all->crend(); ++it)
            m_interviews.append(QVariantMap{{QStringLiteral("id"), it->id},
                                            {QStringLiteral("instrumentId"), it->instrumentId},
                                            {QStringLiteral("title"), titles.value(it->instrumentId, it->instrumentId)},
                                            {QStringLiteral("version"), it->instrumentVersion},
                                            {QStringLiteral("status"), interviewStatusName(it->status)},
                                            {QStringLiteral("startedAt"), it->startedAt.left(16).replace(u'T', u' ')},
                                            {QStringLiteral("answers"), it->revision},
                                            {QStringLiteral("assessment"), assessmentTitles.value(it->assessmentId)},
                                            {QStringLiteral("received"), !it->origin.isEmpty()},
                                            {QStringLiteral("conflict"), it->conflict},
                                            {QStringLiteral("purged"), it->purged}});
    }
    Q_EMIT listsChanged();
}

// ---- starting --------------------------------------------------------------------------------------------------

void InterviewController::begin(const QString& instrumentKey)
{
    if (!m_repo)
        return;
    const qsizetype atSign = instrumentKey.indexOf(QLatin1Char('@'));
    auto instrument =
        InterviewSession::installedInstrument(*m_repo, instrumentKey.left(atSign), instrumentKey.mid(atSign + 1));
    if (!instrument) {
        setError(instrument.message());
        return;
    }
    setError({});
    m_pending = *instrument;
    m_language = m_pending->defaultLanguage;
    // An assessor-only instrument (a document review, an observation) has nobody to ask for consent.
    if (m_pending->json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("respondent")).toString()
        == QLatin1String("assessor")) {
        consent(true);
        return;
    }
    setStage(Stage::Consent);
}

void InterviewController::consent(bool given)
{
    if (!m_pending || !m_repo)
        return;
    if (!given) {
        if (auto r = m_repo->countConsentRefusal(m_pending->id); !r)
            setError(r.message());
        m_pending.reset();
        setStage(Stage::Idle);
        refresh();
        return;
    }
    auto session = InterviewSession::start(*m_repo, m_pending, m_assessmentId);
    m_pending.reset();
    if (!session) {
        setError(session.message());
        setStage(Stage::Idle);
        return;
    }
    m_session = std::move(session).value();
    m_session->setLanguage(m_language);
    setError({});
    setSaveState({});
    m_screen = 0;
    setStage(Stage::Running);
    rebuild(false);
    showCurrent(); // the first screen's defaults (today's date, say) are stored as it appears
    refresh();
}

void InterviewController::resume(const QString& interviewId)
{
    if (!m_repo)
        return;
    auto session = InterviewSession::resume(*m_repo, interviewId);
    if (!session) {
        setError(session.message());
        return;
    }
    m_session = std::move(session).value();
    m_handOver = HandOver::None;
    m_language = m_session->instrument().defaultLanguage;
    m_session->setLanguage(m_language);
    setError({});
    setSaveState({});
    m_screen = 0;
    setStage(m_session->status() == InterviewStatus::InProgress ? Stage::Running : Stage::Review);
    rebuild(false);
    // Resume where the interview stopped: the screen last shown, if its item is still there and relevant (paradata
    // record it, even when the app was killed); else the first screen with something unanswered or invalid.
    if (m_stage == Stage::Running) {
        const auto lastShown = m_repo->lastShownItem(interviewId);
        const QString last = lastShown ? *lastShown : QString();
        int lastScreen = -1;
        if (!last.isEmpty())
            for (const ItemRef& r : m_session->state().allItems())
                if (m_session->state().storagePath(r) == last) {
                    lastScreen = m_session->screenOf(r);
                    break;
                }
        if (lastScreen >= 0) {
            m_screen = lastScreen;
            showCurrent();
            return;
        }
        for (std::size_t i = 0; i < m_screens.size(); ++i) {
            bool open = m_screens[i].roster;
            for (const ItemRef& r : m_screens[i].items)
                open = open
                    || (m_session->instrument().compiled[at(r.node)].kind == CompiledNode::Kind::Answerable
                        && (!m_session->state().stored(r) || !m_session->state().validation(r).ok()));
            if (open && !m_screens[i].roster) {
                m_screen = static_cast<int>(i);
                break;
            }
        }
        showCurrent();
    }
}

// ---- answers ---------------------------------------------------------------------------------------------------

Result<ItemRef> InterviewController::item(const QString& path) const
{
    if (!m_session)
        return makeError(ErrorCode::InvalidArgument, tr("No interview is open."));
    return m_session->state().resolve(path);
}

bool InterviewController::apply(Result<ChangeSet> change)
{
    if (!change) {
        setError(change.message());
        setSaveState(QStringLiteral("error"));
        rebuild();
        return false;
    }
    setError({});
    // The session returns only after the transaction committed: now, and only now, it is saved.
    setSaveState(QStringLiteral("saved"));
    rebuild();
    return true;
}

bool InterviewController::setText(const QString& path, const QString& input)
{
    auto r = item(path);
    if (!r)
        return apply(r.error());
    const QString& type = m_session->instrument().nodes[at(r->node)].type;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return apply(m_session->clearAnswer(*r));
    if (type == QLatin1String("integer") || type == QLatin1String("decimal")) {
        const QString ascii = asciiDigits(text);
        bool ok = false;
        double v = QLocale(m_language).toDouble(ascii, &ok);
        if (!ok)
            v = QLocale::c().toDouble(ascii, &ok);
        if (!ok) {
            setError(tr("\"%1\" is not a number.").arg(text));
            return false;
        }
        if (type == QLatin1String("integer")) {
            if (v != std::trunc(v)) {
                setError(tr("Enter a whole number."));
                return false;
            }
            return apply(m_session->setAnswer(*r, AnswerState::Value, Value{static_cast<qint64>(v)}));
        }
        return apply(m_session->setAnswer(*r, AnswerState::Value, Value{v}));
    }
    if (type == QLatin1String("date")) {
        QDate d = QDate::fromString(asciiDigits(text), Qt::ISODate);
        if (!d.isValid())
            d = QLocale(m_language).toDate(text, QLocale::ShortFormat);
        if (!d.isValid()) {
            setError(tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(text));
            return false;
        }
        return apply(m_session->setAnswer(*r, AnswerState::Value, Value{d}));
    }
    return apply(m_session->setAnswer(*r, AnswerState::Value, Value{TextValue{input}}));
}

bool InterviewController::choose(const QString& path, const QString& code)
{
    auto r = item(path);
    if (!r)
        return apply(r.error());
    return apply(m_session->setAnswer(*r, AnswerState::Value, Value{ChoiceValue{code}}));
}

bool InterviewController::toggle(const QString& path, const QString& code, bool on)
{
    auto r = item(path);
    if (!r)
        return apply(r.error());
    QStringList codes;
    if (const auto a = m_session->state().stored(*r); a && a->value && std::holds_alternative<ChoicesValue>(*a->value))
        codes = std::get<ChoicesValue>(*a->value).codes;
    codes.removeAll(code);
    if (on)
        codes << code;
    return apply(m_session->setAnswer(*r, AnswerState::Value, Value{ChoicesValue{codes}}));
}

bool InterviewController::setSpecial(const QString& path, const QString& state)
{
    auto r = item(path);
    if (!r)
        return apply(r.error());
    return apply(m_session->setAnswer(
        *r, state == QLatin1String("refused") ? AnswerState::Refused : AnswerState::DontKnow, std::nullopt));
}

bool InterviewController::clearAnswer(const QString& path)
{
    auto r = item(path);
    if (!r)
        return apply(r.error());
    return apply(m_session->clearAnswer(*r));
}

// ---- navigation ------------------------------------------------------------------------------------------------

void InterviewController::rebuild(bool keepAnchor)
{
    if (!m_session) {
        m_screens.clear();
        Q_EMIT screenChanged();
        return;
    }
    const ItemRef anchor =
        keepAnchor && m_screen >= 0 && at(m_screen) < m_screens.size() ? m_screens[at(m_screen)].anchor : ItemRef{};
    const bool wasRoster =
        keepAnchor && m_screen >= 0 && at(m_screen) < m_screens.size() && m_screens[at(m_screen)].roster;
    m_screens = m_session->screens();
    if (anchor.node >= 0) {
        // Stay on the same screen if it still exists (relevance may have moved screens around it).
        for (std::size_t i = 0; i < m_screens.size(); ++i)
            if (m_screens[i].anchor == anchor && m_screens[i].roster == wasRoster) {
                m_screen = static_cast<int>(i);
                break;
            }
    }
    m_screen = std::clamp(m_screen, 0, std::max(0, static_cast<int>(m_screens.size()) - 1));
    Q_EMIT screenChanged();
}

void InterviewController::showCurrent()
{
    if (m_session && m_screen >= 0 && at(m_screen) < m_screens.size()
        && m_session->status() == InterviewStatus::InProgress) {
        auto r = m_session->show(m_screens[at(m_screen)]);
        if (r && !r->writes.empty()) {
            rebuild();
            return;
        }
    }
    Q_EMIT screenChanged();
}

bool InterviewController::next()
{
    if (!m_session || m_screens.empty())
        return false;
    if (m_handOver == HandOver::Offer) { // Enter on the hand-over screen hands over
        startHandOver();
        return true;
    }
    if (m_handOver == HandOver::GiveBack) // only the assessor's unlock goes on from here
        return false;
    // An invalid or missing answer never lets the assessor leave without saying why.
    for (const ItemRef& r : m_screens[at(m_screen)].items) {
        const Validation v = m_session->state().validation(r);
        if (!v.ok()) {
            setError(v.problem == Problem::Required
                         ? tr("Answer the question above, or record \"don't know\" or \"refused\" where offered, "
                              "before going on.")
                         : tr("Correct the answer above before going on."));
            return false;
        }
    }
    setError({});
    const int target = m_screen + 1;
    const bool end = target >= static_cast<int>(m_screens.size());
    if (m_handOver == HandOver::Active && (end || !selfCompletion(target))) {
        // The respondent's part is done: ask for the device back before anything else is shown.
        m_handOver = HandOver::GiveBack;
        m_handBackTo = end ? -1 : target;
        Q_EMIT screenChanged();
        return true;
    }
    if (end) {
        review();
        return true;
    }
    if (m_handOver == HandOver::None && selfCompletion(target) && !selfCompletion(m_screen)) {
        m_handOver = HandOver::Offer;
        m_screen = target;
        Q_EMIT screenChanged();
        return true;
    }
    m_screen = target;
    showCurrent();
    return true;
}

bool InterviewController::selfCompletion(int screen) const
{
    if (!m_session || screen < 0 || at(screen) >= m_screens.size())
        return false;
    const Instrument& in = m_session->instrument();
    const Screen& s = m_screens[at(screen)];
    int node = s.anchor.node >= 0 ? s.anchor.node : (s.items.empty() ? -1 : s.items.front().node);
    for (; node >= 0; node = in.nodes[at(node)].parent)
        if (in.nodes[at(node)].json.value(QStringLiteral("self_completion")).toBool())
            return true;
    return false;
}

void InterviewController::startHandOver()
{
    if (m_handOver != HandOver::Offer)
        return;
    m_handOver = HandOver::Active;
    showCurrent();
}

void InterviewController::handBack()
{
    if (m_handOver != HandOver::GiveBack || !m_session)
        return;
    const int to = m_handBackTo;
    m_handOver = HandOver::None;
    // onAboutToLock keeps the interview and screen; after the passphrase it continues after the section.
    m_screen = to < 0 ? static_cast<int>(m_screens.size()) - 1 : to;
    m_reviewAfterUnlock = to < 0;
    if (auto* ws = WorkspaceController::instance())
        ws->lock();
}

void InterviewController::previous()
{
    setError({});
    if (m_handOver == HandOver::Offer) { // not handed over after all
        m_handOver = HandOver::None;
        --m_screen;
        showCurrent();
        return;
    }
    // The respondent cannot go back past the start of the section, nor once it is done.
    if (m_handOver == HandOver::GiveBack || (m_handOver == HandOver::Active && !selfCompletion(m_screen - 1)))
        return;
    if (m_screen > 0) {
        --m_screen;
        showCurrent();
    }
}

void InterviewController::goTo(int screen)
{
    if (!m_session || m_screens.empty() || m_handOver != HandOver::None)
        return;
    setError({});
    m_screen = std::clamp(screen, 0, static_cast<int>(m_screens.size()) - 1);
    if (m_stage == Stage::Review && m_session->status() == InterviewStatus::InProgress)
        setStage(Stage::Running);
    showCurrent();
}

void InterviewController::addEntry()
{
    if (!m_session || m_screens.empty() || !m_screens[at(m_screen)].roster)
        return;
    const ItemRef repeat = m_screens[at(m_screen)].anchor;
    if (apply(m_session->addInstance(repeat.node, repeat.instance))) {
        // Go to the new entry's first screen.
        const auto entries = m_session->state().instances(repeat.node, repeat.instance);
        if (!entries.empty())
            openEntry(m_session->state().instancePath(entries.back()));
    }
}

bool InterviewController::removeEntry(const QString& instancePath)
{
    if (!m_session)
        return false;
    auto i = m_session->state().resolveInstance(instancePath);
    if (!i)
        return apply(i.error());
    return apply(m_session->deleteInstance(*i));
}

bool InterviewController::restoreEntry(const QString& instancePath)
{
    if (!m_session)
        return false;
    auto i = m_session->state().resolveInstance(instancePath);
    if (!i)
        return apply(i.error());
    return apply(m_session->restoreInstance(*i));
}

void InterviewController::openEntry(const QString& instancePath)
{
    if (!m_session)
        return;
    auto i = m_session->state().resolveInstance(instancePath);
    if (!i)
        return;
    for (std::size_t s = 0; s < m_screens.size(); ++s)
        for (const ItemRef& r : m_screens[s].items)
            for (int k = r.instance; k > 0; k = m_session->state().instanceParent(k))
                if (k == *i) {
                    goTo(static_cast<int>(s));
                    return;
                }
}

void InterviewController::review()
{
    if (!m_session || m_handOver != HandOver::None)
        return;
    setError({});
    setStage(Stage::Review);
    Q_EMIT screenChanged();
}

void InterviewController::backToInterview()
{
    if (m_session && m_session->status() == InterviewStatus::InProgress)
        setStage(Stage::Running);
    Q_EMIT screenChanged();
}

void InterviewController::fix(const QString& path)
{
    auto r = item(path);
    if (!r)
        return;
    const int s = m_session->screenOf(*r);
    if (s >= 0)
        goTo(s);
}

bool InterviewController::complete()
{
    if (!m_session)
        return false;
    if (auto r = m_session->complete(); !r) {
        setError(r.message());
        return false;
    }
    setError({});
    refresh();
    Q_EMIT screenChanged();
    return true;
}

bool InterviewController::finalize()
{
    if (!m_session)
        return false;
    if (auto r = m_session->finalize(); !r) {
        setError(r.message());
        return false;
    }
    setError({});
    rebuild(false);
    refresh();
    return true;
}

void InterviewController::close()
{
    m_session.reset();
    m_pending.reset();
    m_screens.clear();
    setError({});
    setSaveState({});
    setStage(Stage::Idle);
    refresh();
    Q_EMIT screenChanged();
}

// ---- what QML shows ----------------------------------------------------------------------------------------------

QString InterviewController::text(const QJsonValue& map) const
{
    const Instrument* in = m_session ? &m_session->instrument() : m_pending.get();
    return in ? in->text(map, m_language) : QString();
}

QString InterviewController::instrumentTitle() const
{
    const Instrument* in = m_session ? &m_session->instrument() : m_pending.get();
    return in ? in->text(in->json.value(QStringLiteral("title")), m_language) : QString();
}

QString InterviewController::consentText() const
{
    const Instrument* in = m_session ? &m_session->instrument() : m_pending.get();
    return in
        ? in->text(in->json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("consent")), m_language)
        : QString();
}

bool InterviewController::sensitive() const
{
    const Instrument* in = m_session ? &m_session->instrument() : m_pending.get();
    return in && in->sensitive;
}

QString InterviewController::status() const
{
    return m_session ? interviewStatusName(m_session->status()) : QString();
}

void InterviewController::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_session)
        m_session->setLanguage(language);
    rebuild();
    Q_EMIT stageChanged();
}

QVariantList InterviewController::languages() const
{
    QVariantList out;
    const Instrument* in = m_session ? &m_session->instrument() : m_pending.get();
    if (!in)
        return out;
    for (const auto& l : in->json.value(QStringLiteral("languages")).toArray()) {
        const QJsonObject o = l.toObject();
        out.append(QVariantMap{
            {QStringLiteral("code"), o.value(QStringLiteral("code")).toString()},
            {QStringLiteral("name"), o.value(QStringLiteral("name")).toString()},
            {QStringLiteral("draft"), o.value(QStringLiteral("status")).toString() == QLatin1String("draft")},
            {QStringLiteral("rtl"), o.value(QStringLiteral("direction")).toString() == QLatin1String("rtl")}});
    }
    return out;
}

QString InterviewController::interpolate(const QString& source, ItemRef context) const
{
    if (!m_session || !source.contains(QLatin1String("${")))
        return source;
    QString out;
    qsizetype i = 0;
    while (i < source.size()) {
        if (source.mid(i, 3) == QLatin1String("$${")) {
            out += QLatin1String("${");
            i += 3;
            continue;
        }
        if (source.mid(i, 2) == QLatin1String("${")) {
            const qsizetype end = source.indexOf(QLatin1Char('}'), i);
            const int node = end < 0 ? -1 : m_session->instrument().byName.value(source.mid(i + 2, end - i - 2), -1);
            if (node >= 0) {
                out += displayValue(m_session->state().singleRef(node, context.instance));
                i = end + 1;
                continue;
            }
        }
        out += source[i++];
    }
    return out;
}

QString InterviewController::displayValue(ItemRef r) const
{
    const InterviewState& st = m_session->state();
    const Instrument& in = m_session->instrument();
    const QLocale locale(m_language);
    const auto a = st.stored(r);
    const QJsonObject labels = in.json.value(QStringLiteral("answer_labels")).toObject();
    if (a && a->state == AnswerState::DontKnow && st.relevant(r)) {
        const QString l = in.text(labels.value(QStringLiteral("dont_know")), m_language);
        return l.isEmpty() ? tr("Don't know") : l;
    }
    if (a && a->state == AnswerState::Refused && st.relevant(r)) {
        const QString l = in.text(labels.value(QStringLiteral("refused")), m_language);
        return l.isEmpty() ? tr("Refused") : l;
    }
    const EValue v = st.value(r);
    const CompiledNode& c = in.compiled[at(r.node)];
    const auto choiceLabel = [&](const QString& code) {
        if (c.list < 0)
            return code;
        const ChoiceList& list = in.lists[at(c.list)];
        const int k = list.byCode.value(code, -1);
        if (k < 0)
            return code;
        if (list.id == QLatin1String("yes_no")) {
            const QString l = in.text(labels.value(code), m_language);
            return l.isEmpty() ? (code == QLatin1String("yes") ? tr("Yes") : tr("No")) : l;
        }
        return in.text(list.choices[at(k)].label, m_language);
    };
    switch (v.kind) {
    case EValue::Kind::Empty:
    case EValue::Kind::Opaque:
        return {};
    case EValue::Kind::Number:
        return v.number == std::trunc(v.number) && std::fabs(v.number) < 1e15
            ? locale.toString(static_cast<qlonglong>(v.number))
            : locale.toString(v.number, 'g', 15);
    case EValue::Kind::String:
        return c.list >= 0 ? choiceLabel(v.text) : v.text;
    case EValue::Kind::Boolean:
        return v.number != 0 ? tr("Yes") : tr("No");
    case EValue::Kind::Date:
        return locale.toString(v.date(), QLocale::ShortFormat);
    case EValue::Kind::Choices: {
        QStringList labelsOut;
        for (const QString& code : v.codes)
            labelsOut << choiceLabel(code);
        return locale.createSeparatedList(labelsOut);
    }
    }
    return {};
}

QVariantMap InterviewController::itemMap(ItemRef r) const
{
    const InterviewState& st = m_session->state();
    const Instrument& in = m_session->instrument();
    const InstrumentNode& n = in.nodes[at(r.node)];
    const CompiledNode& c = in.compiled[at(r.node)];
    QVariantMap m;
    m.insert(QStringLiteral("path"), st.displayPath(r));
    m.insert(QStringLiteral("name"), n.name);
    m.insert(QStringLiteral("type"), n.type);
    m.insert(QStringLiteral("label"), interpolate(text(n.json.value(QStringLiteral("label"))), r));
    m.insert(QStringLiteral("hint"), interpolate(text(n.json.value(QStringLiteral("hint"))), r));
    m.insert(QStringLiteral("required"), c.required || c.requiredIf != nullptr);
    m.insert(QStringLiteral("allowDontKnow"), c.allowDontKnow);
    m.insert(QStringLiteral("allowRefused"), c.allowRefused);
    m.insert(QStringLiteral("multiline"), c.multiline);
    if (c.min)
        m.insert(QStringLiteral("min"), *c.min);
    if (c.max)
        m.insert(QStringLiteral("max"), *c.max);
    const auto a = st.stored(r);
    QString state = QStringLiteral("empty");
    QVariant value;
    if (a) {
        state = a->state == AnswerState::DontKnow ? QStringLiteral("dont_know")
            : a->state == AnswerState::Refused    ? QStringLiteral("refused")
                                                  : QStringLiteral("value");
        if (a->value) {
            std::visit(
                [&](const auto& x) {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, TextValue>)
                        value = x.text;
                    else if constexpr (std::is_same_v<T, qint64>)
                        value = QLocale(m_language).toString(static_cast<qlonglong>(x));
                    else if constexpr (std::is_same_v<T, double>)
                        value = QLocale(m_language).toString(x, 'g', 15);
                    else if constexpr (std::is_same_v<T, QDate>)
                        value = x.toString(Qt::ISODate);
                    else if constexpr (std::is_same_v<T, ChoiceValue>)
                        value = x.code;
                    else if constexpr (std::is_same_v<T, ChoicesValue>)
                        value = x.codes;
                    else if constexpr (std::is_same_v<T, bool>)
                        value = x ? QStringLiteral("yes") : QStringLiteral("no");
                },
                *a->value);
        }
    }
    m.insert(QStringLiteral("state"), state);
    m.insert(QStringLiteral("value"), value);
    m.insert(QStringLiteral("display"), displayValue(r));
    const Validation v = st.validation(r);
    m.insert(QStringLiteral("valid"), v.ok());
    m.insert(QStringLiteral("message"), v.message);
    if (c.list >= 0) {
        const ChoiceList& list = in.lists[at(c.list)];
        QVariantList choices;
        for (std::size_t k = 0; k < list.choices.size(); ++k) {
            const Choice& ch = list.choices[k];
            const bool offered = st.choiceOffered(r, static_cast<int>(k));
            const bool selected = value.toStringList().contains(ch.code) || value.toString() == ch.code;
            if (!offered && !selected)
                continue;
            QString label = in.text(ch.label, m_language);
            if (list.id == QLatin1String("yes_no")) {
                label = in.text(in.json.value(QStringLiteral("answer_labels")).toObject().value(ch.code), m_language);
                if (label.isEmpty())
                    label = ch.code == QLatin1String("yes") ? tr("Yes") : tr("No");
            }
            choices.append(QVariantMap{{QStringLiteral("code"), ch.code},
                                       {QStringLiteral("label"), label},
                                       {QStringLiteral("selected"), selected},
                                       {QStringLiteral("offered"), offered}});
        }
        m.insert(QStringLiteral("choices"), choices);
    }
    const QJsonObject labels = in.json.value(QStringLiteral("answer_labels")).toObject();
    const QString dk = in.text(labels.value(QStringLiteral("dont_know")), m_language);
    const QString rf = in.text(labels.value(QStringLiteral("refused")), m_language);
    m.insert(QStringLiteral("dontKnowLabel"), dk.isEmpty() ? tr("Don't know") : dk);
    m.insert(QStringLiteral("refusedLabel"), rf.isEmpty() ? tr("Refused") : rf);
    return m;
}

QString InterviewController::screenTitle() const
{
    if (!m_session || m_screens.empty())
        return {};
    const Screen& s = m_screens[at(m_screen)];
    const Instrument& in = m_session->instrument();
    // The innermost section or repeat around the screen, with the entry number inside rosters.
    const ItemRef first = s.items.empty() ? s.anchor : s.items.front();
    int node = s.roster ? s.anchor.node : in.nodes[at(first.node)].parent;
    while (node >= 0 && in.nodes[at(node)].json.value(QStringLiteral("label")).isUndefined())
        node = in.nodes[at(node)].parent;
    if (node < 0)
        return {};
    QString title = text(in.nodes[at(node)].json.value(QStringLiteral("label")));
    if (!s.roster && in.compiled[at(node)].kind == CompiledNode::Kind::Repeat) {
        const QString custom = text(in.nodes[at(node)].json.value(QStringLiteral("instance_label")));
        title = custom.isEmpty()
            ? tr("%1 — entry %2").arg(title).arg(m_session->state().instancePosition(first.instance))
            : interpolate(custom, first);
    }
    return title;
}

QVariantList InterviewController::items() const
{
    QVariantList out;
    if (!m_session || m_screens.empty())
        return out;
    for (const ItemRef& r : m_screens[at(m_screen)].items)
        out.append(itemMap(r));
    return out;
}

QVariantMap InterviewController::roster() const
{
    if (!m_session || m_screens.empty() || !m_screens[at(m_screen)].roster)
        return {};
    const ItemRef r = m_screens[at(m_screen)].anchor;
    const InterviewState& st = m_session->state();
    const Instrument& in = m_session->instrument();
    const CompiledNode& c = in.compiled[at(r.node)];
    const QString custom = text(in.nodes[at(r.node)].json.value(QStringLiteral("instance_label")));
    QVariantList entries;
    for (int i : st.instances(r.node, r.instance)) {
        if (!st.instanceAlive(i) && !st.instanceDeleted(i))
            continue; // beyond the count: kept, but not shown
        const QString path = st.instancePath(i);
        // A one-line summary: the instance label, else the first answered values.
        QString summary;
        int firstChild = -1;
        for (int n = r.node + 1; n < static_cast<int>(in.nodes.size()) && firstChild < 0; ++n)
            if (in.compiled[at(n)].scope != c.scope && in.compiled[at(n)].kind == CompiledNode::Kind::Answerable)
                firstChild = n;
        if (!custom.isEmpty() && firstChild >= 0)
            summary = interpolate(custom, {firstChild, i});
        else if (firstChild >= 0)
            summary = displayValue({firstChild, i});
        entries.append(QVariantMap{{QStringLiteral("path"), path},
                                   {QStringLiteral("position"), st.instancePosition(i)},
                                   {QStringLiteral("deleted"), st.instanceDeleted(i)},
                                   {QStringLiteral("summary"), summary}});
    }
    return QVariantMap{{QStringLiteral("path"), st.displayPath(r)},
                       {QStringLiteral("label"), text(in.nodes[at(r.node)].json.value(QStringLiteral("label")))},
                       {QStringLiteral("hint"), text(in.nodes[at(r.node)].json.value(QStringLiteral("hint")))},
                       {QStringLiteral("openEnded"), c.fixedCount < 0 && !c.repeatCount},
                       {QStringLiteral("count"), st.effectiveCount(r.node, r.instance)},
                       {QStringLiteral("max"), c.maxCount},
                       {QStringLiteral("message"), st.validation(r).message},
                       {QStringLiteral("entries"), entries}};
}

QVariantList InterviewController::sections() const
{
    QVariantList out;
    if (!m_session)
        return out;
    const Instrument& in = m_session->instrument();
    QSet<int> seen;
    for (std::size_t s = 0; s < m_screens.size(); ++s) {
        const ItemRef first = m_screens[s].items.empty() ? m_screens[s].anchor : m_screens[s].items.front();
        int top = first.node;
        while (in.nodes[at(top)].parent >= 0)
            top = in.nodes[at(top)].parent;
        if (seen.contains(top))
            continue;
        seen.insert(top);
        out.append(QVariantMap{{QStringLiteral("title"), text(in.nodes[at(top)].json.value(QStringLiteral("label")))},
                               {QStringLiteral("screen"), static_cast<int>(s)}});
    }
    return out;
}

int InterviewController::answered() const
{
    if (!m_session)
        return 0;
    int n = 0;
    for (const ItemRef& r : m_session->state().allItems())
        if (m_session->instrument().compiled[at(r.node)].kind == CompiledNode::Kind::Answerable
            && m_session->state().relevant(r) && m_session->state().stored(r))
            ++n;
    return n;
}

int InterviewController::relevantCount() const
{
    if (!m_session)
        return 0;
    int n = 0;
    for (const ItemRef& r : m_session->state().allItems())
        if (m_session->instrument().compiled[at(r.node)].kind == CompiledNode::Kind::Answerable
            && m_session->state().relevant(r))
            ++n;
    return n;
}

QVariantList InterviewController::blockers() const
{
    QVariantList out;
    if (!m_session)
        return out;
    const Instrument& in = m_session->instrument();
    for (const ItemRef& r : m_session->blockers())
        out.append(QVariantMap{
            {QStringLiteral("path"), m_session->state().displayPath(r)},
            {QStringLiteral("label"), interpolate(text(in.nodes[at(r.node)].json.value(QStringLiteral("label"))), r)},
            {QStringLiteral("message"), m_session->state().validation(r).message}});
    return out;
}

} // namespace baseline
