// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interview/session.h"

#include <QJsonObject>
#include <QJsonValue>

namespace baseline::script {

/**
 * Scripted interviews (tests/data/golden/README.md): the steps `baseline-cli interview run` plays and the golden
 * tests check. A step is {"set": PATH, "value": V} | {"set": PATH, "state": "dont_know"|"refused"} |
 * {"clear": PATH} | {"add": REPEAT_PATH} | {"delete": INSTANCE_PATH} | {"restore": INSTANCE_PATH}.
 */
Result<ChangeSet> applyStep(InterviewSession& session, const QJsonObject& step);

/** A JSON answer converted to the item's value type ("2024-05-01" for a date, ["a","b"] for select_multiple…). */
Result<Value> valueFromJson(const Instrument& instrument, int node, const QJsonValue& json);

/** A value as expressions see it: number, string, boolean, "YYYY-MM-DD", array of codes; null when empty. */
QJsonValue toJson(const EValue& value);

/** The included values (§11) by readable path; don't know / refused as {"state": "dont_know"|"refused"}. */
QJsonObject exportIncluded(const InterviewState& state);

} // namespace baseline::script
