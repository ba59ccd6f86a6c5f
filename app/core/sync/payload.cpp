// SPDX-License-Identifier: GPL-3.0-or-later
// Package payloads as Boost.Serialization text archives, read defensively (docs/package-format.md §3,
// ../shared/design/security-notes.md §4 "Boost.Serialization: not safe for hostile input").
#include "sync/payload.h"

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <sstream>
#include <stdexcept>

// Flat value types: no object tracking (no pointers are ever serialised), class versions kept.
#define BASELINE_WIRE_CLASS(T)                                                                                         \
    BOOST_CLASS_TRACKING(baseline::sync::T, boost::serialization::track_never)                                         \
    BOOST_CLASS_VERSION(baseline::sync::T, 1)
BASELINE_WIRE_CLASS(WireEvent)
BASELINE_WIRE_CLASS(WireAttachment)
BASELINE_WIRE_CLASS(WireAudit)
BASELINE_WIRE_CLASS(WireInterview)
BASELINE_WIRE_CLASS(WireParadataItem)
BASELINE_WIRE_CLASS(WireVisit)
BASELINE_WIRE_CLASS(WireAgency)
BASELINE_WIRE_CLASS(WireAssessment)
BASELINE_WIRE_CLASS(WireInstrument)
BASELINE_WIRE_CLASS(ResultPayload)
BASELINE_WIRE_CLASS(WireReceiptLine)
BASELINE_WIRE_CLASS(ReceiptPayload)
BASELINE_WIRE_CLASS(AssignmentPayload)

namespace baseline::sync {

namespace {

/** Why a payload is refused; caught at the module's edge and turned into a message. */
struct PayloadError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/** The streams under the archive in use on this thread: strings are written and read straight to and from them, so
 *  that their length can be checked before anything is allocated. */
thread_local std::istream* t_in = nullptr;
thread_local std::size_t t_inSize = 0;
thread_local std::ostream* t_out = nullptr;

std::size_t remaining()
{
    const auto pos = t_in->tellg();
    if (pos < 0)
        throw PayloadError("the payload ends early");
    return t_inSize - std::size_t(pos);
}

template<class Archive> void field(Archive& ar, std::string& s)
{
    if constexpr (Archive::is_loading::value) {
        std::uint64_t n = 0;
        ar >> n;
        if (t_in->get() != ' ' || n > remaining())
            throw PayloadError("a text field is longer than the payload");
        s.resize(std::size_t(n));
        if (n > 0 && !t_in->read(s.data(), std::streamsize(n)))
            throw PayloadError("a text field is cut short");
    } else {
        const std::uint64_t n = s.size();
        ar << n;
        t_out->put(' ');
        t_out->write(s.data(), std::streamsize(n));
    }
}

template<class Archive, class T> void field(Archive& ar, T& v)
{
    ar& v;
}

/** A sequence: its count is checked against the bytes left (every element takes at least two). */
template<class Archive, class T> void sequence(Archive& ar, std::vector<T>& v)
{
    if constexpr (Archive::is_loading::value) {
        std::uint64_t n = 0;
        ar >> n;
        if (n > remaining() / 2)
            throw PayloadError("a list claims more entries than the payload can hold");
        v.clear();
        v.reserve(std::size_t(n));
        for (std::uint64_t i = 0; i < n; ++i) {
            T x{};
            field(ar, x);
            v.push_back(std::move(x));
        }
    } else {
        const std::uint64_t n = v.size();
        ar << n;
        for (auto& x : v)
            field(ar, const_cast<T&>(x));
    }
}

template<class Archive> void fields(Archive&) { }
template<class Archive, class T, class... Rest> void fields(Archive& ar, T& first, Rest&... rest)
{
    if constexpr (requires { first.begin(); } && !std::is_same_v<T, std::string>)
        sequence(ar, first);
    else
        field(ar, first);
    fields(ar, rest...);
}

// The archive tags keep a result payload from ever being read as a receipt, and so on.
constexpr const char* ResultTag = "baseline-result";
constexpr const char* ReceiptTag = "baseline-receipt";
constexpr const char* AssignmentTag = "baseline-assignment";

template<class P> QByteArray write(const char* tag, const P& payload)
{
    std::ostringstream os;
    {
        boost::archive::text_oarchive oa(os, boost::archive::no_header);
        t_out = &os;
        std::string t = tag;
        field(oa, t);
        oa << payload;
        t_out = nullptr;
    }
    const std::string s = os.str();
    return QByteArray(s.data(), qsizetype(s.size()));
}

template<class P> QString read(const char* tag, const QByteArray& bytes, P& out)
{
    std::istringstream is(std::string(bytes.constData(), std::size_t(bytes.size())));
    t_in = &is;
    t_inSize = std::size_t(bytes.size());
    QString error;
    try {
        boost::archive::text_iarchive ia(is, boost::archive::no_header);
        std::string t;
        field(ia, t);
        if (t != tag)
            throw PayloadError("the payload is not of the kind its envelope says");
        ia >> out;
        is >> std::ws;
        if (!is.eof())
            throw PayloadError("unexpected content after the end of the payload");
    } catch (const PayloadError& e) {
        error = QString::fromUtf8(e.what());
    } catch (const boost::archive::archive_exception& e) {
        error = QStringLiteral("the payload archive is damaged (%1)").arg(QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        error = QStringLiteral("the payload cannot be read (%1)").arg(QString::fromUtf8(e.what()));
    }
    t_in = nullptr;
    t_inSize = 0;
    if (!error.isEmpty())
        out = P{};
    return error;
}

} // namespace

// Free serialize functions, found by argument-dependent lookup. Version 1 of every class; a later version adds
// fields at the end under `if (version >= 2)`.
template<class A> void serialize(A& ar, WireEvent& e, unsigned)
{
    fields(ar, e.rev, e.itemPath, e.state, e.valueType, e.hasText, e.valueText, e.hasInt, e.valueInt, e.hasReal,
           e.valueReal, e.at, e.actor);
}
template<class A> void serialize(A& ar, WireAttachment& a, unsigned)
{
    fields(ar, a.id, a.fileName, a.mediaType, a.sha256, a.data, a.createdAt);
}
template<class A> void serialize(A& ar, WireAudit& a, unsigned)
{
    fields(ar, a.seq, a.at, a.actor, a.action, a.detail);
}
template<class A> void serialize(A& ar, WireInterview& i, unsigned)
{
    fields(ar, i.id, i.assessmentId, i.instrumentId, i.instrumentVersion, i.instrumentSha256, i.assessorId, i.deviceId,
           i.status, i.startedAt, i.updatedAt, i.completedAt, i.finalizedAt, i.events, i.attachments, i.audit,
           i.paradata, i.visits);
}
template<class A> void serialize(A& ar, WireParadataItem& p, unsigned)
{
    fields(ar, p.itemPath, p.firstShownAt, p.firstAnsweredAt, p.lastChangedAt, p.changes);
}
template<class A> void serialize(A& ar, WireVisit& v, unsigned)
{
    fields(ar, v.openedAt, v.lastActiveAt, v.deviceId);
}
template<class A> void serialize(A& ar, WireAgency& a, unsigned)
{
    fields(ar, a.id, a.name, a.kind, a.region, a.parentId);
}
template<class A> void serialize(A& ar, WireAssessment& a, unsigned)
{
    fields(ar, a.id, a.agencyId, a.title, a.periodStart, a.periodEnd, a.targetSample, a.instrumentIds,
           a.instrumentVersions);
    if (a.instrumentIds.size() != a.instrumentVersions.size())
        throw PayloadError("an assessment lists instruments and versions of different lengths");
}
template<class A> void serialize(A& ar, WireInstrument& i, unsigned)
{
    fields(ar, i.id, i.version, i.sha256, i.content);
}
template<class A> void serialize(A& ar, ResultPayload& p, unsigned)
{
    fields(ar, p.deviceId, p.deviceName, p.agencies, p.assessments, p.instruments, p.interviews);
}
template<class A> void serialize(A& ar, WireReceiptLine& l, unsigned)
{
    fields(ar, l.interviewId, l.rev, l.status);
}
template<class A> void serialize(A& ar, ReceiptPayload& p, unsigned)
{
    fields(ar, p.deviceId, p.forPackageId, p.lines);
}
template<class A> void serialize(A& ar, AssignmentPayload& p, unsigned)
{
    fields(ar, p.deviceId, p.agencies, p.assessments, p.instruments);
}

QByteArray writePayload(const ResultPayload& p)
{
    return write(ResultTag, p);
}
QByteArray writePayload(const ReceiptPayload& p)
{
    return write(ReceiptTag, p);
}
QByteArray writePayload(const AssignmentPayload& p)
{
    return write(AssignmentTag, p);
}
QString readPayload(const QByteArray& bytes, ResultPayload& out)
{
    return read(ResultTag, bytes, out);
}
QString readPayload(const QByteArray& bytes, ReceiptPayload& out)
{
    return read(ReceiptTag, bytes, out);
}
QString readPayload(const QByteArray& bytes, AssignmentPayload& out)
{
    return read(AssignmentTag, bytes, out);
}

} // namespace baseline::sync
