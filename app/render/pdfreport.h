// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/report.h"

#include <QByteArray>

namespace baseline::render {

/**
 * The gap report as a paginated A4 PDF: the same report model as the HTML and CSV outputs (scoring/report.h), laid
 * out by Qt's rich-text engine with page numbers, and each indicator's bar (estimate, 95% interval, target) drawn
 * with QPainter. Needs a QGuiApplication (the offscreen platform is enough: no window is opened).
 */
QByteArray renderPdf(const scoring::ReportModel& model);

} // namespace baseline::render
