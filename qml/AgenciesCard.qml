// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// Agencies (national service, regional command, unit, station) and their assessments: listed, and added here.
PageCard {
    id: root
    objectName: "agenciesCard"

    readonly property var kinds: [
        { value: "national_service", text: qsTr("National police service") },
        { value: "regional_command", text: qsTr("Regional command") },
        { value: "unit", text: qsTr("Unit") },
        { value: "station", text: qsTr("Station") }
    ]
    function kindText(value) {
        for (let i = 0; i < kinds.length; ++i)
            if (kinds[i].value === value)
                return kinds[i].text
        return value
    }

    Label {
        text: qsTr("Agencies and assessments")
        font.pixelSize: Theme.headingFont
        color: Theme.text
        Layout.fillWidth: true
    }
    Label {
        visible: InterviewController.agencies.length === 0
        text: qsTr("No agencies yet. Add the agency you are assessing, then an assessment of it.")
        font.pixelSize: Theme.baseFont
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: InterviewController.agencies
        delegate: Label {
            required property var modelData
            text: modelData.name + "  ·  " + root.kindText(modelData.kind)
                  + (modelData.parent.length > 0 ? "  ·  " + qsTr("part of %1").arg(modelData.parent) : "")
            font.pixelSize: Theme.baseFont
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }

    // Add an agency.
    GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing * 0.5
        Layout.fillWidth: true
        TextField {
            id: agencyName
            objectName: "agencyNameInput"
            placeholderText: qsTr("Agency name")
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
            Layout.columnSpan: 2
            Accessible.name: qsTr("Agency name")
        }
        ComboBox {
            id: agencyKind
            objectName: "agencyKind"
            model: root.kinds
            textRole: "text"
            valueRole: "value"
            currentIndex: 3
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
            Accessible.name: qsTr("Kind of agency")
        }
        ComboBox {
            id: agencyParent
            objectName: "agencyParent"
            model: [{ id: "", name: qsTr("(no parent agency)") }].concat(InterviewController.agencies)
            textRole: "name"
            valueRole: "id"
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
            Accessible.name: qsTr("Parent agency")
        }
        Button {
            objectName: "addAgencyButton"
            text: qsTr("Add agency")
            enabled: agencyName.text.trim().length > 0
            font.pixelSize: Theme.baseFont
            Layout.columnSpan: 2
            Layout.preferredHeight: Theme.touchTarget
            onClicked: if (InterviewController.addAgency(agencyName.text, agencyKind.currentValue,
                                                          agencyParent.currentValue, "")) agencyName.text = ""
        }
    }

    // Add an assessment.
    Label {
        text: qsTr("Assessments")
        font.pixelSize: Theme.baseFont
        font.bold: true
        color: Theme.text
        Layout.topMargin: Theme.spacing
    }
    Repeater {
        model: InterviewController.assessments
        delegate: Label {
            required property var modelData
            text: modelData.title + "  ·  " + modelData.period
            font.pixelSize: Theme.baseFont
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
    GridLayout {
        visible: InterviewController.agencies.length > 0
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing * 0.5
        Layout.fillWidth: true
        ComboBox {
            id: assessmentAgency
            objectName: "assessmentAgency"
            model: InterviewController.agencies
            textRole: "name"
            valueRole: "id"
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
            Layout.columnSpan: 2
            Accessible.name: qsTr("Agency assessed")
        }
        TextField {
            id: assessmentTitle
            objectName: "assessmentTitleInput"
            placeholderText: qsTr("Title, e.g. Baseline assessment 2026")
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
            Layout.columnSpan: 2
        }
        TextField {
            id: assessmentFrom
            objectName: "assessmentFromInput"
            placeholderText: qsTr("From YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
        }
        TextField {
            id: assessmentTo
            objectName: "assessmentToInput"
            placeholderText: qsTr("To YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
        }
        Button {
            objectName: "addAssessmentButton"
            text: qsTr("Add assessment")
            enabled: assessmentTitle.text.trim().length > 0
            font.pixelSize: Theme.baseFont
            Layout.columnSpan: 2
            Layout.preferredHeight: Theme.touchTarget
            onClicked: if (InterviewController.addAssessment(assessmentAgency.currentValue, assessmentTitle.text,
                                                              assessmentFrom.text, assessmentTo.text, 0)) {
                assessmentTitle.text = ""
            }
        }
    }
}
