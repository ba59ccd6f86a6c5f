// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import Baseline.Backend

// The agency dashboard (docs/scoring.md): the largest gaps as a chart, every indicator with its 95% interval and
// flags, the recommended services with their evidence, and "Generate report". Numbers come from the same report model
// as the PDF, HTML and CSV files; suppressed estimates arrive without numbers.
Page {
    id: root
    objectName: "dashboardPage"
    background: Rectangle { color: Theme.background }

    readonly property real columnWidth: Math.min(root.width - 2 * Theme.margin, Theme.baseFont * 64)
    readonly property bool narrow: root.width < Theme.baseFont * 40

    function levelText(level) {
        switch (level) {
        case "suppressed": return qsTr("suppressed: too few respondents")
        case "unreliable": return qsTr("unreliable: too few cases")
        case "caution": return qsTr("interpret with caution")
        }
        return ""
    }

    header: ToolBar {
        height: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            HeaderButton {
                objectName: "dashboardBack"
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the workspace")
                onClicked: DashboardController.hide()
            }
            Label {
                text: qsTr("Gap report")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.headingFont
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    FolderDialog {
        id: folderDialog
        onAccepted: reportFolder.text = selectedFolder
    }

    Connections {
        target: DashboardController
        function onReportReady(url) { Qt.openUrlExternally(url) }
        // Another agency: propose its oldest and newest assessments (after the boxes have taken the new list).
        function onAssessmentsChanged() { Qt.callLater(root.proposeComparison) }
    }
    // The oldest assessment of a unit that has a later one, and that unit's newest: a baseline and its follow-up.
    function proposeComparison() {
        const list = DashboardController.assessments
        for (let i = 0; i < list.length; ++i)
            for (let j = list.length - 1; j > i; --j)
                if (list[j].agencyId === list[i].agencyId) {
                    fromBox.currentIndex = i
                    toBox.currentIndex = j
                    return
                }
        fromBox.currentIndex = 0
        toBox.currentIndex = list.length - 1
    }
    Component.onCompleted: proposeComparison()

    ScrollView {
        id: scroll
        objectName: "dashboardScroll"
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            // The agency, and what the numbers rest on.
            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.margin
                Layout.preferredWidth: root.columnWidth
                implicitWidth: root.columnWidth
                GridLayout {
                    columns: root.narrow ? 1 : 2
                    columnSpacing: Theme.spacing
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Agency")
                        font.pixelSize: Theme.baseFont
                        color: Theme.text
                    }
                    ComboBox {
                        id: agencyBox
                        objectName: "dashboardAgency"
                        model: DashboardController.agencies
                        textRole: "name"
                        valueRole: "id"
                        font.pixelSize: Theme.baseFont
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        Accessible.name: qsTr("Agency to report on")
                        enabled: !DashboardController.busy
                        currentIndex: {
                            const list = DashboardController.agencies
                            for (let i = 0; i < list.length; ++i)
                                if (list[i].id === DashboardController.agencyId)
                                    return i
                            return -1
                        }
                        onActivated: DashboardController.selectAgency(currentValue)
                    }
                }
                Label {
                    objectName: "dashboardSummary"
                    text: DashboardController.interviews === 0 && !DashboardController.busy
                          ? qsTr("No completed interviews yet for this agency and the units below it.")
                          : qsTr("%n completed interview(s), this agency and the units below it.", "",
                                 DashboardController.interviews)
                            + " " + (DashboardController.weightedInterviews > 0
                                     ? qsTr("%n with a design weight.", "", DashboardController.weightedInterviews)
                                     : qsTr("Unweighted."))
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.baseFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    visible: DashboardController.busy
                    Layout.fillWidth: true
                    ProgressBar {
                        objectName: "reportProgress"
                        value: DashboardController.progress
                        Layout.fillWidth: true
                        Accessible.name: DashboardController.stage
                    }
                    Label {
                        text: DashboardController.stage
                        font.pixelSize: Theme.smallFont
                        color: Theme.mutedText
                    }
                }
            }

            // Messages (a report written, or what went wrong).
            Rectangle {
                visible: DashboardController.message.length > 0
                color: DashboardController.messageIsError ? Theme.errorBackground : Theme.surface
                border.color: DashboardController.messageIsError ? Theme.error : Theme.success
                radius: Theme.radius
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: root.columnWidth
                implicitHeight: dashboardMessage.implicitHeight + 2 * Theme.spacing
                Accessible.role: Accessible.AlertMessage
                Accessible.name: DashboardController.message
                Text {
                    id: dashboardMessage
                    objectName: "dashboardMessage"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: DashboardController.message
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.baseFont
                    color: DashboardController.messageIsError ? Theme.error : Theme.success
                }
            }

            // Generate the report as a file.
            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: root.columnWidth
                implicitWidth: root.columnWidth
                Label {
                    text: qsTr("Report for partners")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                GridLayout {
                    columns: root.narrow ? 1 : 4
                    columnSpacing: Theme.spacing
                    Layout.fillWidth: true
                    ComboBox {
                        id: formatBox
                        objectName: "reportFormat"
                        model: [{ text: qsTr("PDF"), value: "pdf" }, { text: qsTr("HTML (one file)"), value: "html" },
                                { text: qsTr("CSV (every estimate)"), value: "csv" }]
                        textRole: "text"
                        valueRole: "value"
                        font.pixelSize: Theme.baseFont
                        Layout.preferredHeight: Theme.touchTarget
                        Layout.fillWidth: root.narrow
                        Accessible.name: qsTr("Report format")
                    }
                    TextField {
                        id: reportFolder
                        objectName: "reportFolder"
                        placeholderText: qsTr("Folder")
                        font.pixelSize: Theme.baseFont
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Folder to write the report into")
                    }
                    Button {
                        text: qsTr("Choose…")
                        Accessible.name: qsTr("Choose the folder")
                        font.pixelSize: Theme.baseFont
                        Layout.preferredHeight: Theme.touchTarget
                        onClicked: folderDialog.open()
                    }
                    PrimaryButton {
                        objectName: "generateReport"
                        text: qsTr("Generate report")
                        enabled: reportFolder.text.length > 0 && !DashboardController.busy
                                 && DashboardController.agencyId.length > 0
                        Layout.fillWidth: root.narrow
                        onClicked: DashboardController.generateReport(formatBox.currentValue, reportFolder.text)
                    }
                }
            }

            // The largest gaps against targets.
            PageCard {
                visible: DashboardController.gaps.length > 0
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: root.columnWidth
                implicitWidth: root.columnWidth
                Label {
                    text: qsTr("Largest gaps against targets")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                Label {
                    text: qsTr("How far each indicator is from its target, as a share of the way from the worst value "
                               + "to the target. Only estimates reliable enough to act on.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                ChartView {
                    id: gapChart
                    objectName: "gapChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(240, DashboardController.gaps.length * Theme.baseFont * 2.6)
                    antialiasing: true
                    legend.visible: false
                    backgroundColor: Theme.surface
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    Accessible.name: qsTr("Chart of the largest gaps against targets")
                    Accessible.role: Accessible.Chart

                    HorizontalBarSeries {
                        id: gapSeries
                        barWidth: 0.6
                        axisY: BarCategoryAxis {
                            labelsFont.pixelSize: Theme.smallFont
                            labelsColor: Theme.text
                            categories: DashboardController.gaps.map(g => g.label.length > 46
                                                                          ? g.label.substring(0, 45) + "…" : g.label)
                                                                .reverse()
                        }
                        axisX: ValueAxis {
                            min: 0
                            max: 100
                            tickCount: 6
                            labelFormat: "%d%"
                            labelsFont.pixelSize: Theme.smallFont
                            labelsColor: Theme.mutedText
                        }
                        BarSet {
                            label: qsTr("Gap")
                            color: Theme.primary
                            borderColor: Theme.primary
                            values: DashboardController.gaps.map(g => g.gap).reverse()
                        }
                    }
                }
            }

            // Recommended services, with the evidence behind each.
            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: root.columnWidth
                implicitWidth: root.columnWidth
                Label {
                    text: qsTr("Recommended services")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                Label {
                    visible: DashboardController.services.length === 0
                    text: qsTr("No service recommended: no rule fired on an estimate reliable enough to act on.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.baseFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                Repeater {
                    model: DashboardController.services
                    delegate: ColumnLayout {
                        required property var modelData
                        required property int index
                        objectName: "service_" + modelData.service
                        spacing: Theme.spacing / 3
                        Layout.fillWidth: true
                        Label {
                            text: "%1  %2".arg(modelData.service).arg(modelData.title)
                            font.pixelSize: Theme.baseFont
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Priority %1 · %n piece(s) of evidence", "", modelData.evidence.length)
                                  .arg(modelData.priority)
                            font.pixelSize: Theme.smallFont
                            color: Theme.mutedText
                        }
                        Repeater {
                            model: modelData.evidence.slice(0, 3)
                            delegate: Label {
                                required property var modelData
                                text: modelData.target.length > 0
                                      ? qsTr("%1: %2 (target %3). %4").arg(modelData.label).arg(modelData.estimate)
                                            .arg(modelData.target).arg(modelData.rationale)
                                      : qsTr("%1: %2. %3").arg(modelData.label).arg(modelData.estimate)
                                            .arg(modelData.rationale)
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.smallFont
                                color: Theme.text
                                leftPadding: Theme.spacing
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
                Label {
                    visible: DashboardController.tooUncertain.length > 0
                    text: qsTr("Too uncertain to judge: %1").arg(DashboardController.tooUncertain.join("; "))
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.warning
                    Layout.fillWidth: true
                }
            }

            // A baseline and a follow-up of this agency: the change per indicator, with its interval.
            PageCard {
                objectName: "comparisonCard"
                visible: DashboardController.assessments.length > 1
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: root.columnWidth
                implicitWidth: root.columnWidth
                Label {
                    text: qsTr("Change between two assessments")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                Label {
                    text: qsTr("The follow-up minus the baseline, with its 95% interval. It is called a change only "
                               + "when the interval excludes zero and both estimates are reliable. PDF and HTML reports "
                               + "written while a comparison is shown include it.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                GridLayout {
                    columns: root.narrow ? 1 : 4
                    columnSpacing: Theme.spacing
                    Layout.fillWidth: true
                    ComboBox {
                        id: fromBox
                        objectName: "compareFrom"
                        model: DashboardController.assessments
                        textRole: "label"
                        valueRole: "id"
                        font.pixelSize: Theme.baseFont
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        Accessible.name: qsTr("Baseline assessment")
                    }
                    ComboBox {
                        id: toBox
                        objectName: "compareTo"
                        model: DashboardController.assessments
                        textRole: "label"
                        valueRole: "id"
                        font.pixelSize: Theme.baseFont
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        Accessible.name: qsTr("Follow-up assessment")
                    }
                    PrimaryButton {
                        objectName: "compareAssessments"
                        text: qsTr("Compare")
                        enabled: !DashboardController.busy && fromBox.currentIndex !== toBox.currentIndex
                        Layout.fillWidth: root.narrow
                        onClicked: DashboardController.compareAssessments(fromBox.currentValue, toBox.currentValue)
                    }
                    Button {
                        objectName: "clearComparison"
                        text: qsTr("Clear")
                        Accessible.name: qsTr("Stop comparing")
                        visible: DashboardController.comparisonTitle.length > 0
                        font.pixelSize: Theme.baseFont
                        Layout.preferredHeight: Theme.touchTarget
                        onClicked: DashboardController.clearComparison()
                    }
                }
                Label {
                    visible: DashboardController.comparisonTitle.length > 0
                    text: DashboardController.comparisonTitle
                    font.pixelSize: Theme.baseFont
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: DashboardController.changes
                    delegate: GridLayout {
                        id: changeRow
                        required property var modelData
                        objectName: "change_" + modelData.instrument + "_" + modelData.indicator
                        columns: root.narrow ? 1 : 3
                        columnSpacing: Theme.spacing
                        rowSpacing: 2
                        Layout.fillWidth: true
                        Label {
                            text: changeRow.modelData.label
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.smallFont
                            color: Theme.text
                            Layout.fillWidth: root.narrow
                            Layout.preferredWidth: root.narrow ? -1 : root.columnWidth * 0.4
                            Layout.maximumWidth: root.narrow ? Number.POSITIVE_INFINITY : root.columnWidth * 0.4
                        }
                        Label {
                            objectName: "changeValues_" + changeRow.modelData.indicator
                            text: changeRow.modelData.verdict === "suppressed" ? qsTr("suppressed")
                                  : qsTr("%1 → %2").arg(changeRow.modelData.fromText).arg(changeRow.modelData.toText)
                            font.pixelSize: Theme.smallFont
                            font.italic: changeRow.modelData.verdict === "suppressed"
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.preferredWidth: root.narrow ? -1 : root.columnWidth * 0.2
                            Layout.maximumWidth: root.narrow ? Number.POSITIVE_INFINITY : root.columnWidth * 0.2
                        }
                        Label {
                            text: {
                                const m = changeRow.modelData
                                const verdict = m.verdict === "suppressed" ? qsTr("too few respondents in one assessment")
                                              : m.verdict === "unreliable" ? qsTr("unreliable in one assessment")
                                              : m.verdict === "change" ? qsTr("a change")
                                              : qsTr("no change the samples can tell from none")
                                return m.changeText === undefined ? verdict
                                                                  : qsTr("%1 · %2").arg(m.changeText).arg(verdict)
                            }
                            font.pixelSize: Theme.smallFont
                            font.bold: changeRow.modelData.verdict === "change"
                            color: changeRow.modelData.verdict === "change" ? Theme.primary
                                   : changeRow.modelData.verdict === "none" ? Theme.mutedText : Theme.warning
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            // Every indicator: estimate, 95% interval (the band), target (the tick), and its flag.
            PageCard {
                objectName: "indicatorsCard"
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.margin
                Layout.preferredWidth: root.columnWidth
                implicitWidth: root.columnWidth
                Label {
                    text: qsTr("Indicators")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                Label {
                    text: qsTr("Estimate with its 95% interval (band) and target (line).")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                Repeater {
                    model: DashboardController.indicators
                    delegate: GridLayout {
                        id: row
                        required property var modelData
                        required property int index
                        objectName: "indicator_" + modelData.instrument + "_" + modelData.indicator
                        columns: root.narrow ? 1 : 3
                        columnSpacing: Theme.spacing
                        rowSpacing: 2
                        Layout.fillWidth: true

                        Label {
                            visible: row.index === 0
                                     || DashboardController.indicators[row.index - 1].instrument
                                        !== row.modelData.instrument
                            text: row.modelData.instrumentTitle
                            font.pixelSize: Theme.baseFont
                            font.bold: true
                            color: Theme.text
                            topPadding: row.index === 0 ? 0 : Theme.spacing
                            Layout.columnSpan: root.narrow ? 1 : 3
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.modelData.label
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.smallFont
                            color: Theme.text
                            Layout.fillWidth: root.narrow
                            Layout.preferredWidth: root.narrow ? -1 : root.columnWidth * 0.45
                            Layout.maximumWidth: root.narrow ? Number.POSITIVE_INFINITY : root.columnWidth * 0.45
                        }
                        Label {
                            objectName: "estimate_" + row.modelData.indicator
                            text: row.modelData.suppressed ? qsTr("suppressed")
                                  : row.modelData.valueText === undefined ? "–"
                                  : row.modelData.intervalText === undefined ? row.modelData.valueText
                                  : qsTr("%1 (%2)").arg(row.modelData.valueText).arg(row.modelData.intervalText)
                            font.pixelSize: Theme.smallFont
                            font.italic: row.modelData.suppressed
                            color: row.modelData.level === "reliable" ? Theme.text : Theme.mutedText
                            Layout.preferredWidth: root.narrow ? -1 : root.columnWidth * 0.18
                        }
                        Item {
                            // The bar: drawn left to right in every language, as numbers are.
                            LayoutMirroring.enabled: false
                            Layout.fillWidth: true
                            Layout.minimumWidth: Theme.baseFont * 8
                            Layout.preferredHeight: Theme.baseFont * 1.2
                            visible: row.modelData.top !== undefined && row.modelData.value !== undefined
                            readonly property real scale: row.modelData.top ? width / row.modelData.top : 0
                            Rectangle {
                                anchors.verticalCenter: parent.verticalCenter
                                width: parent.width
                                height: 4
                                radius: 2
                                color: Theme.disabledFill
                            }
                            Rectangle {
                                visible: row.modelData.lower !== undefined
                                x: Math.max(0, (row.modelData.lower || 0) * parent.scale)
                                width: Math.max(2, ((row.modelData.upper || 0) - (row.modelData.lower || 0))
                                                   * parent.scale)
                                anchors.verticalCenter: parent.verticalCenter
                                height: parent.height * 0.6
                                radius: 3
                                color: row.modelData.level === "reliable" ? Theme.intervalFill : Theme.disabledFill
                                border.color: Theme.border
                            }
                            Rectangle {
                                x: (row.modelData.value || 0) * parent.scale - width / 2
                                anchors.verticalCenter: parent.verticalCenter
                                width: 6
                                height: parent.height
                                radius: 3
                                color: row.modelData.level === "reliable" ? Theme.primary : Theme.mutedText
                            }
                            Rectangle {
                                visible: row.modelData.target !== undefined
                                x: (row.modelData.target || 0) * parent.scale - 1
                                width: 2
                                height: parent.height
                                color: Theme.error
                            }
                        }
                        Label {
                            visible: text.length > 0
                            text: root.levelText(row.modelData.level)
                                  + (row.modelData.targetText !== undefined
                                     ? (root.levelText(row.modelData.level).length > 0 ? " · " : "")
                                       + qsTr("target %1").arg(row.modelData.targetText) : "")
                            font.pixelSize: Theme.smallFont
                            color: row.modelData.level === "reliable" || row.modelData.level === undefined
                                   ? Theme.mutedText : Theme.warning
                            Layout.columnSpan: root.narrow ? 1 : 3
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
