// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <algorithm>

namespace baseline::render {

namespace {

const QColor Primary(0x0b, 0x4f, 0x8a);
const QColor Muted(0x8a, 0x9b, 0xb0);
const QColor Track(0xe3, 0xe8, 0xee);
const QColor Ink(0x1b, 0x1f, 0x24);
const QColor Target(0xa4, 0x16, 0x1a);

/** The bar of one estimate, at four times its printed size so it stays sharp: the same geometry as the HTML's SVG. */
QImage barImage(const scoring::IndicatorResult& r, double top)
{
    constexpr int Scale = 4;
    QImage img(240 * Scale, 22 * Scale, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(Scale, Scale);
    const auto x = [&](double v) { return 4 + std::clamp(v / top, 0.0, 1.0) * 232; };
    p.fillRect(QRectF(4, 6, 232, 10), Track);
    const bool reliable = r.reliability.level == stats::ReliabilityLevel::Reliable;
    p.fillRect(QRectF(4, 6, x(*r.estimate.value) - 4, 10), reliable ? Primary : Muted);
    if (r.estimate.ci) {
        p.setPen(QPen(Ink, 2));
        const double lo = x(r.estimate.ci->lower);
        const double hi = x(r.estimate.ci->upper);
        p.drawLine(QPointF(lo, 11), QPointF(hi, 11));
        p.setPen(QPen(Ink, 1));
        p.drawLine(QPointF(lo, 5), QPointF(lo, 17));
        p.drawLine(QPointF(hi, 5), QPointF(hi, 17));
    }
    if (r.target) {
        QPen pen(Target, 2);
        pen.setDashPattern({1.5, 1});
        p.setPen(pen);
        p.drawLine(QPointF(x(*r.target), 1), QPointF(x(*r.target), 21));
    }
    return img;
}

} // namespace

QByteArray renderPdf(const scoring::ReportModel& m)
{
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(m.language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    doc.setDefaultTextOption(option);
    doc.setDefaultStyleSheet(QStringLiteral(
        "h1 { color: #0b4f8a; } h2 { color: #0b4f8a; } th { background-color: #f4f6f8; } .muted { color: #4a5561; } "
        ".flag { color: #8a5300; } .supp { color: #4a5561; font-style: italic; } .cluster { color: #0b4f8a; "
        "font-weight: bold; } td, th { padding: 3px; }"));
    for (std::size_t i = 0; i < m.card.results.size(); ++i)
        if (const auto top = scoring::barScale(m.card.results[i]))
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("bar:%1").arg(i)),
                            barImage(m.card.results[i], *top));
    doc.setHtml(QString::fromUtf8(scoring::renderPrintHtml(m)));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Gap report: %1").arg(m.agencyName));
        writer.setCreator(QStringLiteral("Baseline"));
        doc.print(&writer); // paginates and numbers the pages
    }
    return buffer.data();
}

} // namespace baseline::render
