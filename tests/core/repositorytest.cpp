// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/repository.h"

#include <catch2/catch_test_macros.hpp>

using namespace baseline;
using namespace baseline::test;

TEST_CASE("every answer type and state round-trips through the encrypted store", "[store]")
{
    TempWorkspace t;
    Repository repo(*t.ws);
    auto interview = repo.createInterview({}, QStringLiteral("victimization-survey"), QStringLiteral("2.1.0"));
    REQUIRE(interview.ok());
    auto attachment = repo.addAttachment(interview.value(), QStringLiteral("site.jpg"), QStringLiteral("image/jpeg"),
                                         QByteArray("\xFF\xD8\xFF\x00jpeg bytes", 15));
    REQUIRE(attachment.ok());

    const QList<Answer> given{
        Answer::of(QStringLiteral("name"), TextValue{QStringLiteral("Amina — ثقة ✓")}),
        Answer::of(QStringLiteral("household[1]/person[2]/age"), qint64(-12)),
        Answer::of(QStringLiteral("big"), qint64(9007199254740993LL)),
        Answer::of(QStringLiteral("share"), 0.1 + 0.2),
        Answer::of(QStringLiteral("when"), QDate(2026, 2, 28)),
        Answer::of(QStringLiteral("sex"), ChoiceValue{QStringLiteral("f")}),
        Answer::of(QStringLiteral("crimes"), ChoicesValue{{QStringLiteral("burglary"), QStringLiteral("assault")}}),
        Answer::of(QStringLiteral("none"), ChoicesValue{{}}),
        Answer::of(QStringLiteral("reported"), false),
        Answer::of(QStringLiteral("site"), GeoPoint{-1.2921, 36.8219, 1795.5, 4.0}),
        Answer::of(QStringLiteral("site2"), GeoPoint{51.5, -0.12, std::nullopt, std::nullopt}),
        Answer::of(QStringLiteral("photo"), AttachmentRef{attachment.value()}),
        Answer::dontKnow(QStringLiteral("income")),
        Answer::refused(QStringLiteral("bribe_amount")),
    };
    for (const auto& a : given)
        REQUIRE(repo.saveAnswer(interview.value(), a).ok());

    auto ws = t.reopen();
    Repository again(*ws);
    auto stored = again.answers(interview.value());
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == given.size());
    for (const auto& a : given) {
        auto it =
            std::find_if(stored->begin(), stored->end(), [&](const Answer& s) { return s.itemPath == a.itemPath; });
        REQUIRE(it != stored->end());
        INFO(a.itemPath.toStdString());
        CHECK(it->sameContent(a));
        CHECK_FALSE(it->answeredAt.isEmpty());
    }
    CHECK(again.attachmentData(attachment.value()).value() == QByteArray("\xFF\xD8\xFF\x00jpeg bytes", 15));

    // Changing an answer replaces it (one current answer per item path) and bumps the revision.
    const auto before = again.interview(interview.value()).value().revision;
    REQUIRE(again.saveAnswer(interview.value(), Answer::of(QStringLiteral("income"), qint64(1200))).ok());
    CHECK(again.interview(interview.value()).value().revision == before + 1);
    CHECK(again.answers(interview.value()).value().size() == given.size());
}

TEST_CASE("finalized interviews refuse changes; an answer needs a value exactly in state 'value'", "[store]")
{
    TempWorkspace t;
    Repository repo(*t.ws);
    const QString id = repo.createInterview({}, QStringLiteral("policy-survey"), QStringLiteral("1.0.0")).value();
    CHECK(repo.saveAnswer(id, Answer{QStringLiteral("q"), AnswerState::Refused, Value{qint64(1)}, {}}).code()
          == ErrorCode::InvalidArgument);
    REQUIRE(repo.saveAnswer(id, Answer::of(QStringLiteral("q"), qint64(1))).ok());
    REQUIRE(repo.setStatus(id, InterviewStatus::Completed).ok());
    REQUIRE(repo.setStatus(id, InterviewStatus::Finalized).ok());
    CHECK(repo.interview(id).value().status == InterviewStatus::Finalized);
    auto late = repo.saveAnswer(id, Answer::of(QStringLiteral("q"), qint64(2)));
    CHECK(late.code() == ErrorCode::InvalidArgument);
    CHECK(late.message().contains(QStringLiteral("finalized")));
    CHECK(std::get<qint64>(*repo.answers(id).value().first().value) == 1);
    CHECK(repo.saveAnswer(QStringLiteral("no-such-interview"), Answer::of(QStringLiteral("q"), qint64(2))).code()
          == ErrorCode::InvalidArgument);
}

TEST_CASE("agencies and assessments: the first data model", "[store]")
{
    TempWorkspace t;
    Repository repo(*t.ws);
    auto national =
        repo.addAgency(Agency{{}, QStringLiteral("National Police Service"), AgencyKind::NationalService, {}, {}});
    REQUIRE(national.ok());
    auto station = repo.addAgency(
        Agency{{}, QStringLiteral("Central Station"), AgencyKind::Station, QStringLiteral("Coast"), national.value()});
    REQUIRE(station.ok());
    CHECK(repo.addAgency(Agency{{}, QStringLiteral("Orphan"), AgencyKind::Unit, {}, QStringLiteral("missing-parent")})
              .code()
          != ErrorCode::Ok); // foreign keys are enforced
    CHECK(repo.addAgency(Agency{{}, QStringLiteral("   "), AgencyKind::Unit, {}, {}}).code() != ErrorCode::Ok);

    auto agencies = repo.agencies();
    REQUIRE(agencies.ok());
    REQUIRE(agencies->size() == 2);
    CHECK(agencies->at(0).name == QStringLiteral("Central Station"));
    CHECK(agencies->at(0).parentId == national.value());
    CHECK(agencies->at(0).region == QStringLiteral("Coast"));

    Assessment a{{},
                 station.value(),
                 QStringLiteral("Baseline 2026"),
                 QDate(2026, 1, 1),
                 QDate(2026, 6, 30),
                 400,
                 {{QStringLiteral("victimization-survey"), QStringLiteral("1.0.0")},
                  {QStringLiteral("safety-audit"), QStringLiteral("1.2.0")}}};
    auto id = repo.addAssessment(a);
    REQUIRE(id.ok());
    Assessment backwards = a;
    backwards.periodEnd = QDate(2025, 1, 1);
    CHECK_FALSE(repo.addAssessment(backwards).ok());
    auto list = repo.assessments(station.value());
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().instruments.size() == 2);
    CHECK(list->first().targetSample == 400);
}

TEST_CASE("answers are an append-only log that records who changed what and when", "[store][security]")
{
    TempWorkspace t;
    Repository repo(*t.ws);
    const QString id = repo.createInterview({}, QStringLiteral("policy-survey"), QStringLiteral("1.0.0")).value();
    REQUIRE(repo.saveAnswer(id, Answer::of(QStringLiteral("q1"), qint64(1))).ok());
    REQUIRE(repo.saveAnswer(id, Answer::of(QStringLiteral("q1"), qint64(2))).ok());
    REQUIRE(repo.saveAnswer(id, Answer::refused(QStringLiteral("q2"))).ok());
    REQUIRE(repo.clearAnswer(id, QStringLiteral("q2")).ok());

    auto history = repo.answerHistory(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(history->at(i).rev == i + 1);
        CHECK(history->at(i).actor == t.ws->deviceId());
        CHECK_FALSE(history->at(i).answer.answeredAt.isEmpty());
    }
    CHECK(std::get<qint64>(*history->at(0).answer.value) == 1); // the earlier value is kept
    CHECK(history->at(3).cleared);
    auto current = repo.answers(id).value();
    REQUIRE(current.size() == 1); // q2 was withdrawn
    CHECK(std::get<qint64>(*current.first().value) == 2);
    CHECK(repo.interview(id).value().revision == 4);

    auto update = t.ws->db().exec(QStringLiteral("UPDATE answer_event SET value_int = 99"));
    CHECK_FALSE(update.ok());
    CHECK(update.message().contains(QStringLiteral("append-only")));
    CHECK_FALSE(t.ws->db().exec(QStringLiteral("DELETE FROM answer_event")).ok());
    CHECK(repo.answerHistory(id).value().size() == 4);
}

TEST_CASE("the audit log records changes to records and cannot be rewritten", "[store][security]")
{
    TempWorkspace t;
    Repository repo(*t.ws);
    const QString agency = repo.addAgency(Agency{{}, QStringLiteral("North"), AgencyKind::Unit, {}, {}}).value();
    const QString id = repo.createInterview({}, QStringLiteral("policy-survey"), QStringLiteral("1.0.0")).value();
    REQUIRE(repo.setStatus(id, InterviewStatus::Completed).ok());
    auto log = repo.auditLog();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 4); // workspace created, agency, interview, status
    CHECK(log->at(1).entity == QStringLiteral("agency"));
    CHECK(log->at(1).entityId == agency);
    CHECK(log->at(3).action == QStringLiteral("status"));
    CHECK(log->at(3).detail == QStringLiteral("completed"));
    CHECK(log->at(3).actor == t.ws->deviceId());
    for (int i = 1; i < log->size(); ++i)
        CHECK(log->at(i).seq > log->at(i - 1).seq);
    auto update = t.ws->db().exec(QStringLiteral("UPDATE audit_log SET action = 'nothing'"));
    CHECK_FALSE(update.ok());
    CHECK(update.message().contains(QStringLiteral("append-only")));
    CHECK_FALSE(t.ws->db().exec(QStringLiteral("DELETE FROM audit_log")).ok());
    CHECK(repo.auditLog().value().size() == log->size());
}
