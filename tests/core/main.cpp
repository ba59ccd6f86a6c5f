// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner with a QCoreApplication, which QProcess-based tests need.
#include <catch2/catch_session.hpp>

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baseline.*.info=false"));
    return Catch::Session().run(argc, argv);
}
