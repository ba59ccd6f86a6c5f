// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTranslator>

#include <memory>

namespace baseline {

bool installTranslation(const QLocale& locale)
{
    static std::unique_ptr<QTranslator> current;
    if (current) {
        QCoreApplication::removeTranslator(current.get());
        current.reset();
    }
    QGuiApplication::setLayoutDirection(locale.textDirection());
    auto translator = std::make_unique<QTranslator>();
    // :/i18n/baseline_ar.qm, falling back from ar_EG to ar.
    if (!translator->load(locale, QStringLiteral("baseline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(translator.get());
    current = std::move(translator);
    return true;
}

} // namespace baseline
