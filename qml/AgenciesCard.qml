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

    // The agency or assessment being edited ("" while adding a new one).
    property string editingAgency: ""
    property string editingAssessment: ""

    function indexOfValue(model, role, value) {
        for (let i = 0; i < model.length; ++i)
            if (model[i][role] === value)
                return i
        return 0
    }
    function editAgency(a) {
        editingAgency = a.id
        agencyName.text = a.name
        agencyRegion.text = a.region
        agencyKind.currentIndex = indexOfValue(kinds, "value", a.kind)
        agencyParent.currentIndex = indexOfValue(agencyParent.model, "id", a.parentId)
        agencyName.forceActiveFocus()
    }
    function clearAgency() {
        editingAgency = ""
        agencyName.text = ""
        agencyRegion.text = ""
        agencyParent.currentIndex = 0
    }
    function editAssessment(a) {
        editingAssessment = a.id
        assessmentAgency.currentIndex = indexOfValue(InterviewController.agencies, "id", a.agencyId)
        assessmentTitle.text = a.name
        assessmentFrom.text = a.from
        assessmentTo.text = a.to
        assessmentTarget.text = a.target > 0 ? String(a.target) : ""
        instrumentChoice.chosen = a.instrumentKeys
        assessmentTitle.forceActiveFocus()
    }
    function clearAssessment() {
        editingAssessment = ""
        assessmentTitle.text = ""
        assessmentTarget.text = ""
        instrumentChoice.chosen = []
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
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label {
                text: modelData.name + "  ·  " + root.kindText(modelData.kind)
                      + (modelData.region.length > 0 ? "  ·  " + modelData.region : "")
                      + (modelData.parent.length > 0 ? "  ·  " + qsTr("part of %1").arg(modelData.parent) : "")
                font.pixelSize: Theme.baseFont
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "editAgency:" + modelData.id
                text: qsTr("Edit")
                flat: true
                font.pixelSize: Theme.smallFont
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Edit %1").arg(modelData.name)
                onClicked: root.editAgency(modelData)
            }
        }
    }

    // Add or edit an agency.
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
            Accessible.name: qsTr("Agency name")
        }
        TextField {
            id: agencyRegion
            objectName: "agencyRegionInput"
            placeholderText: qsTr("Region")
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
            Accessible.name: qsTr("Region")
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
            Accessible.name: text
            text: root.editingAgency ? qsTr("Save changes") : qsTr("Add agency")
            enabled: agencyName.text.trim().length > 0
            font.pixelSize: Theme.baseFont
            Layout.preferredHeight: Theme.touchTarget
            onClicked: if (InterviewController.saveAgency(root.editingAgency, agencyName.text, agencyKind.currentValue,
                                                           agencyParent.currentValue, agencyRegion.text)) root.clearAgency()
        }
        Button {
            objectName: "cancelAgencyEdit"
            Accessible.name: text
            visible: root.editingAgency.length > 0
            text: qsTr("Cancel")
            flat: true
            font.pixelSize: Theme.baseFont
            Layout.preferredHeight: Theme.touchTarget
            onClicked: root.clearAgency()
        }
    }

    // Add or edit an assessment.
    Label {
        text: qsTr("Assessments")
        font.pixelSize: Theme.baseFont
        font.bold: true
        color: Theme.text
        Layout.topMargin: Theme.spacing
    }
    Repeater {
        model: InterviewController.assessments
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label {
                text: modelData.title + "  ·  " + modelData.period
                      + (modelData.target > 0 ? "  ·  " + qsTr("target %1").arg(modelData.target) : "")
                font.pixelSize: Theme.baseFont
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "editAssessment:" + modelData.id
                text: qsTr("Edit")
                flat: true
                font.pixelSize: Theme.smallFont
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Edit %1").arg(modelData.title)
                onClicked: root.editAssessment(modelData)
            }
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
        TextField {
            id: assessmentTarget
            objectName: "assessmentTargetInput"
            placeholderText: qsTr("Target sample (interviews)")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 0; top: 1000000 }
            font.pixelSize: Theme.baseFont
            Layout.fillWidth: true
            Layout.columnSpan: 2
            Accessible.name: qsTr("Target sample: how many interviews are planned")
        }
        // Instruments of the assessment: all of them unless some are chosen.
        Label {
            text: qsTr("Instruments (none ticked: all)")
            font.pixelSize: Theme.smallFont
            color: Theme.mutedText
            Layout.columnSpan: 2
        }
        Flow {
            id: instrumentChoice
            property var chosen: []
            Layout.fillWidth: true
            Layout.columnSpan: 2
            spacing: Theme.spacing * 0.5
            Repeater {
                model: InterviewController.instruments
                delegate: CheckBox {
                    required property var modelData
                    objectName: "assessmentInstrument:" + modelData.id
                    text: modelData.service + " " + modelData.id
                    font.pixelSize: Theme.smallFont
                    checked: instrumentChoice.chosen.indexOf(modelData.key) >= 0
                    onToggled: {
                        const next = instrumentChoice.chosen.filter(k => k !== modelData.key)
                        if (checked)
                            next.push(modelData.key)
                        instrumentChoice.chosen = next
                    }
                }
            }
        }
        Button {
            objectName: "addAssessmentButton"
            Accessible.name: text
            text: root.editingAssessment ? qsTr("Save changes") : qsTr("Add assessment")
            enabled: assessmentTitle.text.trim().length > 0
            font.pixelSize: Theme.baseFont
            Layout.preferredHeight: Theme.touchTarget
            onClicked: if (InterviewController.saveAssessment(root.editingAssessment, assessmentAgency.currentValue,
                                                               assessmentTitle.text, assessmentFrom.text,
                                                               assessmentTo.text, parseInt(assessmentTarget.text) || 0,
                                                               instrumentChoice.chosen)) root.clearAssessment()
        }
        Button {
            objectName: "cancelAssessmentEdit"
            Accessible.name: text
            visible: root.editingAssessment.length > 0
            text: qsTr("Cancel")
            flat: true
            font.pixelSize: Theme.baseFont
            Layout.preferredHeight: Theme.touchTarget
            onClicked: root.clearAssessment()
        }
    }
}
