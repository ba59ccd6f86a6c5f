// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/session.h"

#include <QJsonObject>
#include <QJsonValue>

#include <string>

namespace baseline::test {

/** Compact JSON of a value, for messages. */
std::string show(const QJsonValue& v);
/** Equal JSON values, numbers within 1e-9 relative. */
bool sameJson(const QJsonValue& a, const QJsonValue& b);
/** Checks a script step's "expect" block (tests/data/golden/README.md) against the session's state. */
void checkExpectations(const InterviewSession& session, const QJsonObject& expect, const std::string& where);

} // namespace baseline::test
