// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/session.h"
#include "store/repository.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

namespace baseline {

/**
 * The interview runner's view of the core: instruments and interviews to choose from, consent, the current screen
 * as plain QVariant maps QML can bind to, answers going in (each committed before `saveState` says "saved"),
 * navigation, rosters, review, completion. Everything it does goes through InterviewSession, exactly as
 * `baseline-cli interview run` does. It follows WorkspaceController: it drops the session when the workspace locks
 * and returns to the same screen after unlocking.
 */
class InterviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QVariantList instruments READ instruments NOTIFY listsChanged)
    Q_PROPERTY(QVariantList interviews READ interviews NOTIFY listsChanged)
    Q_PROPERTY(QVariantList agencies READ agencies NOTIFY listsChanged)
    Q_PROPERTY(QVariantList assessments READ assessments NOTIFY listsChanged)
    /** The assessment new interviews belong to ("" for none). */
    Q_PROPERTY(QString assessmentId READ assessmentId WRITE setAssessmentId NOTIFY listsChanged)
    Q_PROPERTY(QString instrumentTitle READ instrumentTitle NOTIFY stageChanged)
    Q_PROPERTY(QString consentText READ consentText NOTIFY stageChanged)
    Q_PROPERTY(bool sensitive READ sensitive NOTIFY stageChanged)
    Q_PROPERTY(QString interviewId READ interviewId NOTIFY stageChanged)
    Q_PROPERTY(QString status READ status NOTIFY screenChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY screenChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY stageChanged)
    Q_PROPERTY(int screenIndex READ screenIndex NOTIFY screenChanged)
    Q_PROPERTY(HandOver handOver READ handOver NOTIFY screenChanged)
    Q_PROPERTY(int screenCount READ screenCount NOTIFY screenChanged)
    Q_PROPERTY(QString screenTitle READ screenTitle NOTIFY screenChanged)
    Q_PROPERTY(QVariantList items READ items NOTIFY screenChanged)
    Q_PROPERTY(QVariantMap roster READ roster NOTIFY screenChanged)
    Q_PROPERTY(QVariantList sections READ sections NOTIFY screenChanged)
    Q_PROPERTY(int answered READ answered NOTIFY screenChanged)
    Q_PROPERTY(int relevantCount READ relevantCount NOTIFY screenChanged)
    Q_PROPERTY(QVariantList blockers READ blockers NOTIFY screenChanged)
    Q_PROPERTY(QString saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum class Stage { Idle, Consent, Running, Review };
    Q_ENUM(Stage)
    /** Self-completion (docs/instrument-format.md §6.1): Offer = the next screens are for the respondent, hand the
     *  device over; Active = the respondent answers, navigation confined to the section, nothing earlier shown;
     *  GiveBack = the section is done, the assessor takes the device back and unlocks. */
    enum class HandOver { None, Offer, Active, GiveBack };
    Q_ENUM(HandOver)

    static InterviewController* create(QQmlEngine* qml, QJSEngine* js);
    static InterviewController* instance();
    /** Drops the singleton, so the next engine gets a fresh one (tests start several apps in one process). */
    static void reset();

    Stage stage() const { return m_stage; }
    QVariantList instruments() const { return m_instruments; }
    QVariantList interviews() const { return m_interviews; }
    QVariantList agencies() const { return m_agencies; }
    QVariantList assessments() const { return m_assessments; }
    QString assessmentId() const { return m_assessmentId; }
    void setAssessmentId(const QString& id);

    /** Adds a police agency: kind is national_service, regional_command, unit or station. */
    Q_INVOKABLE bool addAgency(const QString& name, const QString& kind, const QString& parentId,
                               const QString& region);
    /** Adds an assessment of an agency over a period (YYYY-MM-DD), using every installed instrument. */
    Q_INVOKABLE bool addAssessment(const QString& agencyId, const QString& title, const QString& from,
                                   const QString& to, int targetSample);
    /** Adds (empty id) or changes an agency. A parent may not be the agency itself or one of its own units. */
    Q_INVOKABLE bool saveAgency(const QString& id, const QString& name, const QString& kind, const QString& parentId,
                                const QString& region);
    /** Adds (empty id) or changes an assessment: its agency, title, period (YYYY-MM-DD), target sample (0: none)
     *  and instruments ("id@version" keys of installed instruments; empty: all of them). */
    Q_INVOKABLE bool saveAssessment(const QString& id, const QString& agencyId, const QString& title,
                                    const QString& from, const QString& to, int targetSample,
                                    const QStringList& instrumentKeys);
    QString instrumentTitle() const;
    QString consentText() const;
    bool sensitive() const;
    QString interviewId() const { return m_session ? m_session->id() : QString(); }
    QString status() const;
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QVariantList languages() const;
    int screenIndex() const { return m_screen; }
    int screenCount() const { return static_cast<int>(m_screens.size()); }
    QString screenTitle() const;
    QVariantList items() const;
    QVariantMap roster() const;
    QVariantList sections() const;
    int answered() const;
    int relevantCount() const;
    QVariantList blockers() const;
    QString saveState() const { return m_saveState; }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE void refresh();
    /** Shows the consent text of an installed instrument ("id@version"). */
    Q_INVOKABLE void begin(const QString& instrumentKey);
    /** Consent given: the interview starts. Refused: only the refusal is counted, nothing else is stored. */
    Q_INVOKABLE void consent(bool given);
    Q_INVOKABLE void resume(const QString& interviewId);
    /** Typed answers of text, integer, decimal and date items, parsed in the interview language (any digits). */
    Q_INVOKABLE bool setText(const QString& path, const QString& text);
    Q_INVOKABLE bool choose(const QString& path, const QString& code);
    Q_INVOKABLE bool toggle(const QString& path, const QString& code, bool on);
    Q_INVOKABLE bool setSpecial(const QString& path, const QString& state);
    Q_INVOKABLE bool clearAnswer(const QString& path);
    Q_INVOKABLE bool next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void goTo(int screen);
    Q_INVOKABLE void addEntry();
    Q_INVOKABLE bool removeEntry(const QString& instancePath);
    Q_INVOKABLE bool restoreEntry(const QString& instancePath);
    Q_INVOKABLE void openEntry(const QString& instancePath);
    Q_INVOKABLE void review();
    Q_INVOKABLE void backToInterview();
    /** Goes to the screen of a blocking item (from the review). */
    Q_INVOKABLE void fix(const QString& path);
    Q_INVOKABLE bool complete();
    Q_INVOKABLE bool finalize();
    HandOver handOver() const { return m_handOver; }
    /** The assessor hands the device over: the respondent's screens start. */
    Q_INVOKABLE void startHandOver();
    /** The respondent gave the device back: the workspace locks, and the assessor's passphrase continues after the
     *  section (the idle lock's return-to-place path). */
    Q_INVOKABLE void handBack();
    /** Whether a screen belongs to a self-completion section. */
    bool selfCompletion(int screen) const;
    Q_INVOKABLE void close();

Q_SIGNALS:
    void stageChanged();
    void listsChanged();
    void screenChanged();
    void saveStateChanged();
    void errorMessageChanged();

private:
    explicit InterviewController(QObject* parent = nullptr);
    void onOpened();
    void onAboutToLock();
    void setStage(Stage stage);
    void setError(const QString& message);
    void setSaveState(const QString& state);
    bool apply(Result<ChangeSet> change);
    void rebuild(bool keepAnchor = true);
    void showCurrent();
    QString text(const QJsonValue& map) const;
    QString interpolate(const QString& text, ItemRef context) const;
    QString displayValue(ItemRef item) const;
    QVariantMap itemMap(ItemRef item) const;
    Result<ItemRef> item(const QString& path) const;

    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<InterviewSession> m_session;
    std::shared_ptr<const Instrument> m_pending; ///< instrument waiting for consent
    std::vector<Screen> m_screens;
    int m_screen = 0;
    HandOver m_handOver = HandOver::None;
    QHash<QString, QJsonObject> m_titles; ///< instrument file sha256 -> its title map
    int m_handBackTo = -1; ///< the screen after the self-completion section (-1: review)
    bool m_reviewAfterUnlock = false;
    Stage m_stage = Stage::Idle;
    QVariantList m_instruments;
    QVariantList m_interviews;
    QVariantList m_agencies;
    QVariantList m_assessments;
    QString m_assessmentId;
    QString m_language;
    QString m_saveState;
    QString m_error;
    // Where to return after an idle lock or a quick exit.
    QString m_resumeId;
    int m_resumeScreen = 0;
};

} // namespace baseline
