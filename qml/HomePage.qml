// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// The unlocked workspace. Agencies, assessments and interviews are listed here as they arrive.
Page {
    id: root
    objectName: "homePage"
    background: Rectangle { color: Theme.background }

    header: ToolBar {
        height: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            Label {
                text: qsTr("Baseline")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.headingFont
                font.bold: true
                Layout.fillWidth: true
            }
            HeaderButton {
                objectName: "dashboardButton"
                text: qsTr("Report")
                Accessible.name: qsTr("Scores, gaps and recommended services per agency")
                onClicked: DashboardController.show()
            }
            HeaderButton {
                objectName: "syncButton"
                text: qsTr("Sync")
                Accessible.name: qsTr("Send and receive packages, and the team")
                onClicked: SyncController.show()
            }
            HeaderButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock the workspace")
                onClicked: WorkspaceController.lock()
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.margin
                Layout.preferredWidth: implicitWidth

                Label {
                    text: qsTr("Workspace")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "workspaceFolder"
                    text: WorkspaceController.folder
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Lock after this many minutes without use")
                        font.pixelSize: Theme.baseFont
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    SpinBox {
                        objectName: "idleMinutes"
                        from: 1
                        to: 120
                        value: WorkspaceController.idleLockMinutes
                        editable: true
                        font.pixelSize: Theme.baseFont
                        Layout.preferredHeight: Theme.touchTarget
                        Accessible.name: qsTr("Minutes without use before the workspace locks")
                        onValueModified: WorkspaceController.idleLockMinutes = value
                    }
                }
                ErrorBanner {
                    objectName: "homeError"
                    text: WorkspaceController.errorMessage
                }
            }

            AgenciesCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: implicitWidth
            }

            PageCard {
                objectName: "interviewsCard"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: implicitWidth

                Label {
                    text: qsTr("Interviews")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "emptyState"
                    visible: InterviewController.interviews.length === 0
                    text: qsTr("No interviews yet. Start one below.")
                    font.pixelSize: Theme.baseFont
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // Search and filter: by instrument, assessment, date or id, and by status.
                RowLayout {
                    visible: InterviewController.interviews.length > 0
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextField {
                        id: search
                        objectName: "interviewSearch"
                        placeholderText: qsTr("Search: instrument, assessment, date")
                        font.pixelSize: Theme.baseFont
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Search interviews")
                    }
                    ComboBox {
                        id: statusFilter
                        objectName: "interviewStatusFilter"
                        model: [
                            { value: "", text: qsTr("All") },
                            { value: "in_progress", text: qsTr("In progress") },
                            { value: "completed", text: qsTr("Completed") },
                            { value: "finalized", text: qsTr("Finalized") },
                            { value: "conflict", text: qsTr("Conflicting copies") }
                        ]
                        textRole: "text"
                        valueRole: "value"
                        font.pixelSize: Theme.baseFont
                        Accessible.name: qsTr("Show interviews with this status")
                    }
                }
                Label {
                    objectName: "interviewMatches"
                    visible: InterviewController.interviews.length > 0
                             && (search.text.length > 0 || statusFilter.currentIndex > 0)
                    text: qsTr("%n interview(s) match", "", shownInterviews.matching)
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                }
                Column {
                    id: shownInterviews
                    objectName: "interviewList"
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 0.5
                    readonly property var matches: {
                        const q = search.text.trim().toLowerCase()
                        const status = statusFilter.currentValue
                        return InterviewController.interviews.filter(function (i) {
                            if (status === "conflict" ? !i.conflict : status && i.status !== status)
                                return false
                            if (q.length === 0)
                                return true
                            return (i.title + " " + i.instrumentId + " " + i.assessment + " " + i.startedAt + " " + i.id)
                                   .toLowerCase().indexOf(q) >= 0
                        })
                    }
                    readonly property int matching: matches.length
                    Repeater {
                        model: shownInterviews.matches.slice(0, 50)
                        delegate: RowLayout {
                            required property var modelData
                            width: shownInterviews.width
                            spacing: Theme.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label { text: modelData.title; font.pixelSize: Theme.baseFont; color: Theme.text
                                        elide: Text.ElideRight; Layout.fillWidth: true }
                                Label {
                                    text: qsTr("%1 · %2 · %n answer(s)", "", modelData.answers)
                                              .arg(modelData.startedAt)
                                              .arg(modelData.status === "finalized" ? qsTr("finalized")
                                                   : modelData.status === "completed" ? qsTr("completed") : qsTr("in progress"))
                                          + (modelData.assessment ? " · " + modelData.assessment : "")
                                    font.pixelSize: Theme.smallFont
                                    color: Theme.mutedText
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    objectName: "interviewFlag:" + modelData.id
                                    visible: modelData.conflict || modelData.received || modelData.purged
                                    text: modelData.conflict ? qsTr("Conflicting copies from two devices: review before use")
                                        : modelData.purged ? qsTr("Delivered and removed from this device")
                                        : qsTr("Received from an assessor (read only)")
                                    font.pixelSize: Theme.smallFont
                                    font.bold: modelData.conflict
                                    color: modelData.conflict ? Theme.error : Theme.mutedText
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                            Button {
                                Accessible.name: text
                                objectName: "resume:" + modelData.id
                                visible: !modelData.purged
                                text: modelData.status === "in_progress" && !modelData.received ? qsTr("Resume")
                                                                                              : qsTr("Open")
                                font.pixelSize: Theme.baseFont
                                Layout.preferredHeight: Theme.touchTarget
                                onClicked: InterviewController.resume(modelData.id)
                            }
                        }
                    }
                }
            }

            PageCard {
                objectName: "instrumentsCard"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: implicitWidth
                Layout.bottomMargin: Theme.margin

                Label {
                    text: qsTr("Start an interview")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    Layout.fillWidth: true
                }
                ErrorBanner { objectName: "interviewsError"; text: InterviewController.errorMessage }
                ComboBox {
                    objectName: "assessmentPicker"
                    visible: InterviewController.assessments.length > 0
                    model: [{ id: "", title: qsTr("(not part of an assessment)") }].concat(InterviewController.assessments)
                    textRole: "title"
                    valueRole: "id"
                    font.pixelSize: Theme.baseFont
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Assessment the new interview belongs to")
                    currentIndex: {
                        for (let i = 0; i < InterviewController.assessments.length; ++i)
                            if (InterviewController.assessments[i].id === InterviewController.assessmentId)
                                return i + 1
                        return 0
                    }
                    onActivated: InterviewController.assessmentId = currentValue
                }
                Repeater {
                    model: InterviewController.instruments
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            text: modelData.service
                            font.pixelSize: Theme.smallFont
                            font.bold: true
                            color: Theme.primary
                            Layout.preferredWidth: Theme.baseFont * 3
                        }
                        Label {
                            text: modelData.title
                            font.pixelSize: Theme.baseFont
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "start:" + modelData.id
                            text: qsTr("Start")
                            font.pixelSize: Theme.baseFont
                            Layout.preferredHeight: Theme.touchTarget
                            Accessible.name: qsTr("Start %1").arg(modelData.title)
                            onClicked: InterviewController.begin(modelData.key)
                        }
                    }
                }
            }
        }
    }
}
