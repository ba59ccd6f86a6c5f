// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "logic/interviewstate.h"
#include "store/repository.h"

#include <memory>

namespace baseline {

/** One screen of the runner: a single item, or a whole section / repeat instance shown together (§6.1). */
struct Screen {
    ItemRef anchor; ///< the item, or the section / repeat whose instance fills the screen
    std::vector<ItemRef> items; ///< relevant items on it, in document order
    bool roster = false; ///< the overview of a repeat in one parent instance: its entries, and adding one
};

/** Whether an answer that breaks a constraint or bound is stored (and flagged), or refused. */
enum class InvalidAnswers { StoreAndFlag, Refuse };

/**
 * An interview in progress, bound to one instrument version: the logic state plus the store. Every change is
 * written through the repository as one transaction (the answer with the calculated values and repeat instances it
 * changed) before the call returns; if the write fails, the in-memory state is reloaded from the store, so that
 * what the session shows is always what is on disk.
 */
class InterviewSession
{
public:
    /** Creates a new interview of `instrument` (which must be installed in the workspace). */
    static Result<std::unique_ptr<InterviewSession>> start(Repository& repository,
                                                           std::shared_ptr<const Instrument> instrument,
                                                           const QString& assessmentId = {},
                                                           InterviewState::Clock today = {});
    /** Opens a stored interview with the exact instrument version it was started with. */
    static Result<std::unique_ptr<InterviewSession>> resume(Repository& repository, const QString& interviewId,
                                                            InterviewState::Clock today = {});
    /** Opens a stored interview only to read it: no visit is recorded in its paradata. */
    static Result<std::unique_ptr<InterviewSession>> open(Repository& repository, const QString& interviewId);
    /** Loads an installed instrument version from the workspace and checks that it is byte-identical. */
    static Result<std::shared_ptr<const Instrument>> installedInstrument(Repository& repository, const QString& id,
                                                                         const QString& version);
    /** Installs every instrument of the built-in library (questionnaires/) not yet in the workspace. Returns how
     *  many were new; a library file that fails to install is an error naming it. */
    static Result<int> installLibrary(Repository& repository);
    /** Checks and installs an instrument file (refuses files with errors, or a changed file under an old version). */
    static Result<std::shared_ptr<const Instrument>> install(Repository& repository, const QByteArray& bytes,
                                                             const QString& shownPath);

    const QString& id() const { return m_id; }
    const Instrument& instrument() const { return m_state.instrument(); }
    const InterviewState& state() const { return m_state; }
    InterviewStatus status() const { return m_status; }
    void setInvalidAnswers(InvalidAnswers mode) { m_invalid = mode; }
    /** The language of messages and texts (a declared language; others fall back to the default). */
    void setLanguage(const QString& language) { m_state.setLanguage(language); }

    Result<ChangeSet> setAnswer(ItemRef item, AnswerState state, std::optional<Value> value = std::nullopt);
    Result<ChangeSet> clearAnswer(ItemRef item);
    Result<ChangeSet> addInstance(int repeatNode, int parentInstance);
    Result<ChangeSet> deleteInstance(int instance);
    Result<ChangeSet> restoreInstance(int instance);

    /** The relevant screens now, in order. */
    std::vector<Screen> screens() const;
    /** Index in screens() of the screen showing `item`, or -1. */
    int screenOf(ItemRef item) const;
    /** Marks a screen as shown: stores `default`s of its items that have none yet (§7.6). */
    Result<ChangeSet> show(const Screen& screen);

    /** Item instances that block completion (§7.5), in document order. */
    std::vector<ItemRef> blockers() const { return m_state.blockers(); }
    /** Marks the interview completed; refused while anything blocks it. */
    Result<void> complete();
    /** Purges hidden answers (§11) and finalizes: no answer can change afterwards. */
    Result<void> finalize();

private:
    InterviewSession(Repository& repository, std::shared_ptr<const Instrument> instrument, QString id,
                     InterviewState::Clock today);
    /** A session for a stored interview, with the exact instrument file it is bound to (not yet loaded). */
    static Result<std::unique_ptr<InterviewSession>> bind(Repository& repository, const Interview& row,
                                                          InterviewState::Clock today);
    Result<ChangeSet> commit(Result<ChangeSet> change);
    Result<void> reload();
    QString displayOf(int node) const;

    Repository& m_repo;
    InterviewState m_state;
    QString m_id;
    InterviewStatus m_status = InterviewStatus::InProgress;
    InvalidAnswers m_invalid = InvalidAnswers::StoreAndFlag;
    // Paradata (docs/data-model.md): the current visit, and what the next write should note beside the answers.
    QString m_visit;
    QString m_pendingAnswered;
    QStringList m_pendingShown;
};

} // namespace baseline
