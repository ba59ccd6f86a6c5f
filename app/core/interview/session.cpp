// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <utility>

namespace baseline {

namespace {
std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}
} // namespace

InterviewSession::InterviewSession(Repository& repository, std::shared_ptr<const Instrument> instrument, QString id,
                                   InterviewState::Clock today)
    : m_repo(repository)
    , m_state(std::move(instrument), std::move(today))
    , m_id(std::move(id))
{ }

Result<std::shared_ptr<const Instrument>> InterviewSession::install(Repository& repository, const QByteArray& bytes,
                                                                    const QString& shownPath)
{
    LoadResult loaded = loadInstrument(bytes, shownPath);
    if (!loaded.instrument) {
        QStringList lines;
        for (const auto& d : loaded.diagnostics)
            if (d.isError())
                lines << d.toString();
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has errors and was not installed:\n%2").arg(shownPath, lines.join(u'\n')));
    }
    const Instrument& in = *loaded.instrument;
    InstalledInstrument meta{
        in.id,      in.version, QString::fromLatin1(in.sha256.toHex()), in.text(in.json.value(QStringLiteral("title"))),
        in.service, {}};
    if (auto r = repository.installInstrument(meta, bytes); !r)
        return r.error();
    return loaded.instrument;
}

Result<int> InterviewSession::installLibrary(Repository& repository)
{
    auto existing = repository.instruments();
    if (!existing)
        return existing.error();
    int added = 0;
    QDirIterator it(QStringLiteral(":/baseline/library"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList errors;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        bool present = false;
        for (const auto& i : *existing)
            present = present || i.sha256 == sha;
        if (present)
            continue;
        auto r = install(repository, bytes, path.mid(QStringLiteral(":/baseline/library/").size()));
        if (!r)
            errors << r.message();
        else
            ++added;
    }
    if (!errors.isEmpty())
        return makeError(ErrorCode::InvalidArgument, errors.join(u'\n'));
    return added;
}

Result<std::shared_ptr<const Instrument>>
InterviewSession::installedInstrument(Repository& repository, const QString& id, const QString& version)
{
    auto bytes = repository.instrumentContent(id, version);
    if (!bytes)
        return bytes.error();
    LoadResult loaded = loadInstrument(*bytes, QStringLiteral("%1@%2").arg(id, version));
    if (!loaded.instrument)
        return makeError(
            ErrorCode::Corrupt,
            QStringLiteral("instrument %1 version %2 in the workspace no longer loads: %3")
                .arg(id, version, loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().toString()));
    return loaded.instrument;
}

Result<std::unique_ptr<InterviewSession>> InterviewSession::start(Repository& repository,
                                                                  std::shared_ptr<const Instrument> instrument,
                                                                  const QString& assessmentId,
                                                                  InterviewState::Clock today)
{
    if (!instrument)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no instrument"));
    auto installed = repository.instrumentContent(instrument->id, instrument->version);
    if (!installed)
        return installed.error();
    const QString sha = QString::fromLatin1(instrument->sha256.toHex());
    auto id = repository.createInterview(assessmentId, instrument->id, instrument->version, {}, sha);
    if (!id)
        return id.error();
    std::unique_ptr<InterviewSession> s(new InterviewSession(repository, std::move(instrument), *id, std::move(today)));
    // Counted repeats get their instances (with ids) now; they are stored at once so that answers can refer to them.
    ChangeSet initial = s->m_state.load({});
    if (auto r = repository.saveAnswers(s->m_id, QList<AnswerWrite>(initial.writes.begin(), initial.writes.end())); !r)
        return r.error();
    if (auto visit = repository.openVisit(s->m_id))
        s->m_visit = *visit;
    return s;
}

Result<std::unique_ptr<InterviewSession>> InterviewSession::bind(Repository& repository, const Interview& row,
                                                                 InterviewState::Clock today)
{
    auto instrument = installedInstrument(repository, row.instrumentId, row.instrumentVersion);
    if (!instrument)
        return instrument.error();
    if (!row.instrumentSha256.isEmpty() && QString::fromLatin1((*instrument)->sha256.toHex()) != row.instrumentSha256)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("interview %1 was started with a different file of %2 version %3")
                             .arg(row.id, row.instrumentId, row.instrumentVersion));
    std::unique_ptr<InterviewSession> s(
        new InterviewSession(repository, std::move(instrument).value(), row.id, std::move(today)));
    s->m_status = row.status;
    return s;
}

Result<std::unique_ptr<InterviewSession>> InterviewSession::resume(Repository& repository, const QString& interviewId,
                                                                   InterviewState::Clock today)
{
    auto row = repository.interview(interviewId);
    if (!row)
        return row.error();
    auto s = bind(repository, *row, std::move(today));
    if (!s)
        return s;
    if (auto r = (*s)->reload(); !r)
        return r.error();
    // Opening a finalized interview to read it is not a visit of the interview.
    if (row->status != InterviewStatus::Finalized && row->origin.isEmpty() && !row->purged)
        if (auto visit = repository.openVisit(interviewId))
            (*s)->m_visit = *visit;
    return s;
}

Result<std::unique_ptr<InterviewSession>> InterviewSession::open(Repository& repository, const QString& interviewId)
{
    auto row = repository.interview(interviewId);
    if (!row)
        return row.error();
    auto s = bind(repository, *row, {});
    if (!s)
        return s;
    auto answers = repository.answers(interviewId);
    if (!answers)
        return answers.error();
    (void)(*s)->m_state.load(*answers); // read only: nothing recomputed on open is written back
    return s;
}

Result<void> InterviewSession::reload()
{
    auto answers = m_repo.answers(m_id);
    if (!answers)
        return answers.error();
    ChangeSet initial = m_state.load(*answers);
    // Calculations that depend on today() may move on open; new instances of counted repeats need ids (§7.7).
    if (m_status != InterviewStatus::Finalized && !initial.writes.empty())
        return m_repo.saveAnswers(m_id, QList<AnswerWrite>(initial.writes.begin(), initial.writes.end()));
    return {};
}

Result<ChangeSet> InterviewSession::commit(Result<ChangeSet> change)
{
    if (!change)
        return change;
    if (change->writes.empty()) {
        m_pendingAnswered.clear(); // nothing changed: nothing answered
        return change;
    }
    const ParadataNote note{m_visit, std::exchange(m_pendingAnswered, {}), std::exchange(m_pendingShown, {})};
    auto saved = m_repo.saveAnswers(m_id, QList<AnswerWrite>(change->writes.begin(), change->writes.end()), note);
    if (!saved) {
        // Nothing of this change reached the disk: go back to what is there.
        (void)reload();
        return saved.error();
    }
    if (m_status == InterviewStatus::Completed) {
        if (auto r = m_repo.setStatus(m_id, InterviewStatus::InProgress); r)
            m_status = InterviewStatus::InProgress;
    }
    return change;
}

Result<ChangeSet> InterviewSession::setAnswer(ItemRef item, AnswerState state, std::optional<Value> value)
{
    if (m_status == InterviewStatus::Finalized)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the interview is finalized; answers cannot change"));
    m_pendingAnswered = m_state.storagePath(item);
    if (m_invalid == InvalidAnswers::Refuse && state == AnswerState::Value) {
        const std::optional<Answer> before = m_state.stored(item);
        auto change = m_state.setAnswer(item, state, value);
        if (!change)
            return change;
        const Validation v = m_state.validation(item);
        if (!v.ok() && v.problem != Problem::Required) {
            // Put the previous answer back in memory; nothing was written.
            if (before)
                (void)m_state.setAnswer(item, before->state, before->value);
            else
                (void)m_state.clearAnswer(item);
            m_pendingAnswered.clear();
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1: %2").arg(m_state.displayPath(item), v.message));
        }
        return commit(std::move(change));
    }
    return commit(m_state.setAnswer(item, state, std::move(value)));
}

Result<ChangeSet> InterviewSession::clearAnswer(ItemRef item)
{
    if (m_status == InterviewStatus::Finalized)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the interview is finalized; answers cannot change"));
    m_pendingAnswered = m_state.storagePath(item);
    return commit(m_state.clearAnswer(item));
}

Result<ChangeSet> InterviewSession::addInstance(int repeatNode, int parentInstance)
{
    if (m_status == InterviewStatus::Finalized)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the interview is finalized"));
    return commit(m_state.addInstance(repeatNode, parentInstance));
}

Result<ChangeSet> InterviewSession::deleteInstance(int instance)
{
    if (m_status == InterviewStatus::Finalized)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the interview is finalized"));
    return commit(m_state.deleteInstance(instance));
}

Result<ChangeSet> InterviewSession::restoreInstance(int instance)
{
    if (m_status == InterviewStatus::Finalized)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the interview is finalized"));
    return commit(m_state.restoreInstance(instance));
}

QString InterviewSession::displayOf(int node) const
{
    const Instrument& in = instrument();
    for (int n = node; n >= 0; n = in.nodes[at(n)].parent) {
        const QString d = in.nodes[at(n)].json.value(QStringLiteral("display")).toString();
        if (!d.isEmpty())
            return d;
    }
    return QStringLiteral("item");
}

std::vector<Screen> InterviewSession::screens() const
{
    const Instrument& in = instrument();
    std::vector<Screen> out;
    // The outermost section or repeat (per instance) displayed as a whole, if any, groups an item's screen.
    const auto groupOf = [&](ItemRef r) -> ItemRef {
        ItemRef group{-1, 0};
        int instance = r.instance;
        for (int n = in.nodes[at(r.node)].parent; n >= 0; n = in.nodes[at(n)].parent) {
            const auto& c = in.compiled[at(n)];
            if (c.kind == CompiledNode::Kind::Repeat && c.scope != m_state.instanceScope(instance)) {
                // n is the repeat of `instance`; the group is that instance (anchored at the repeat node).
                if (in.nodes[at(n)].json.value(QStringLiteral("display")).toString() == QLatin1String("section")
                    || displayOf(n) == QLatin1String("section"))
                    group = {n, instance};
                instance = m_state.instanceParent(instance);
                continue;
            }
            if (in.nodes[at(n)].json.value(QStringLiteral("display")).toString() == QLatin1String("section"))
                group = {n, instance};
        }
        return group;
    };
    for (const ItemRef& r : m_state.allItems()) {
        const auto& c = in.compiled[at(r.node)];
        if (c.kind == CompiledNode::Kind::Repeat && m_state.relevant(r)) {
            // Every roster gets an overview screen before its entries: the summary, and where entries are added.
            out.push_back(Screen{r, {}, true});
            continue;
        }
        if (c.kind != CompiledNode::Kind::Answerable && c.kind != CompiledNode::Kind::Note)
            continue;
        if (!m_state.relevant(r))
            continue;
        const ItemRef group = groupOf(r);
        if (group.node >= 0 && !out.empty() && out.back().anchor == group) {
            out.back().items.push_back(r);
            continue;
        }
        out.push_back(Screen{group.node >= 0 ? group : r, {r}});
    }
    return out;
}

int InterviewSession::screenOf(ItemRef item) const
{
    const auto all = screens();
    for (std::size_t i = 0; i < all.size(); ++i)
        for (const ItemRef& r : all[i].items)
            if (r == item)
                return static_cast<int>(i);
    return -1;
}

Result<ChangeSet> InterviewSession::show(const Screen& screen)
{
    if (m_status == InterviewStatus::Finalized)
        return ChangeSet{};
    for (const ItemRef& r : screen.items)
        m_pendingShown << m_state.storagePath(r);
    auto change = commit(m_state.applyDefaults(screen.items));
    // No default was written: note the screen on its own (paradata never blocks the interview).
    if (change && !m_pendingShown.isEmpty())
        (void)m_repo.noteParadata(m_id, ParadataNote{m_visit, {}, m_pendingShown});
    m_pendingShown.clear();
    return change;
}

Result<void> InterviewSession::complete()
{
    const auto blocking = blockers();
    if (!blocking.empty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 item(s) still need attention, first %2: %3")
                             .arg(blocking.size())
                             .arg(m_state.displayPath(blocking.front()), m_state.validation(blocking.front()).message));
    if (auto r = m_repo.setStatus(m_id, InterviewStatus::Completed); !r)
        return r;
    m_status = InterviewStatus::Completed;
    return {};
}

Result<void> InterviewSession::finalize()
{
    if (m_status == InterviewStatus::Finalized)
        return {};
    if (auto r = complete(); !r)
        return r;
    // Hidden answers and excluded instances do not leave the device (§11): withdraw them in one transaction.
    QList<AnswerWrite> purge;
    for (const ItemRef& r : m_state.hidden())
        purge.append({m_state.storagePath(r), std::nullopt});
    if (auto r = m_repo.saveAnswers(m_id, purge); !r)
        return r;
    if (auto r = m_repo.setStatus(m_id, InterviewStatus::Finalized); !r)
        return r;
    m_status = InterviewStatus::Finalized;
    return reload();
}

} // namespace baseline
