// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace baseline::sync {

/**
 * Package payloads: flat value types only (no pointers, no polymorphism, no object tracking), written as a
 * Boost.Serialization text archive without the Boost header (portable between platforms and Boost versions; the
 * envelope's format version governs), every class versioned with BOOST_CLASS_VERSION. Strings and sequences are read
 * with their length checked against the bytes left, so a count in the payload can never make the reader allocate
 * more than the payload's own size. Only ever called on a payload the envelope has authenticated and decrypted.
 * Text is UTF-8 in std::string; docs/package-format.md §3 lists every field.
 */

struct WireEvent {
    std::int64_t rev = 0;
    std::string itemPath;
    std::string state; ///< value, dont_know, refused, cleared
    std::string valueType; ///< empty when state != value
    bool hasText = false;
    std::string valueText;
    bool hasInt = false;
    std::int64_t valueInt = 0;
    bool hasReal = false;
    double valueReal = 0;
    std::string at;
    std::string actor;
    bool operator==(const WireEvent&) const = default;
};

struct WireAttachment {
    std::string id;
    std::string fileName;
    std::string mediaType;
    std::string sha256;
    std::string data; ///< bytes
    std::string createdAt;
};

struct WireAudit {
    std::int64_t seq = 0;
    std::string at;
    std::string actor;
    std::string action;
    std::string detail;
};

struct WireParadataItem {
    std::string itemPath;
    std::string firstShownAt;
    std::string firstAnsweredAt;
    std::string lastChangedAt;
    std::int64_t changes = 0;
};

struct WireVisit {
    std::string openedAt;
    std::string lastActiveAt;
    std::string deviceId;
};

struct WireInterview {
    std::string id;
    std::string assessmentId;
    std::string instrumentId;
    std::string instrumentVersion;
    std::string instrumentSha256;
    std::string assessorId;
    std::string deviceId; ///< the device that started it
    std::string status; ///< in_progress, completed, finalized
    std::string startedAt;
    std::string updatedAt;
    std::string completedAt;
    std::string finalizedAt;
    std::vector<WireEvent> events; ///< the whole answer log, oldest first
    std::vector<WireAttachment> attachments;
    std::vector<WireAudit> audit;
    std::vector<WireParadataItem> paradata; ///< per item: first shown, first answered, last changed, changes
    std::vector<WireVisit> visits; ///< open to last activity: the interview's duration
};

struct WireAgency {
    std::string id;
    std::string name;
    std::string kind;
    std::string region;
    std::string parentId;
};

struct WireAssessment {
    std::string id;
    std::string agencyId;
    std::string title;
    std::string periodStart;
    std::string periodEnd;
    std::int64_t targetSample = -1; ///< -1: none
    std::vector<std::string> instrumentIds;
    std::vector<std::string> instrumentVersions;
};

struct WireInstrument {
    std::string id;
    std::string version;
    std::string sha256;
    std::string content; ///< the instrument file, byte for byte
};

/** Assessor → coordinator. */
struct ResultPayload {
    std::string deviceId; ///< must be the device enrolled under the signing key
    std::string deviceName;
    std::vector<WireAgency> agencies; ///< those the interviews refer to, parents first
    std::vector<WireAssessment> assessments;
    std::vector<WireInstrument> instruments;
    std::vector<WireInterview> interviews;
};

struct WireReceiptLine {
    std::string interviewId;
    std::int64_t rev = 0;
    std::string status;
};

/** Coordinator → assessor: what was merged from one result package. */
struct ReceiptPayload {
    std::string deviceId; ///< the coordinator's device
    std::string forPackageId; ///< hex id of the result package
    std::vector<WireReceiptLine> lines;
};

/** Coordinator → assessor: what to work on. */
struct AssignmentPayload {
    std::string deviceId; ///< the coordinator's device
    std::vector<WireAgency> agencies;
    std::vector<WireAssessment> assessments;
    std::vector<WireInstrument> instruments;
};

QByteArray writePayload(const ResultPayload& p);
QByteArray writePayload(const ReceiptPayload& p);
QByteArray writePayload(const AssignmentPayload& p);

/** Each returns an empty error string on success, else what is wrong. Never throws, never aborts. */
QString readPayload(const QByteArray& bytes, ResultPayload& out);
QString readPayload(const QByteArray& bytes, ReceiptPayload& out);
QString readPayload(const QByteArray& bytes, AssignmentPayload& out);

} // namespace baseline::sync
