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
                Repeater {
                    model: InterviewController.interviews.slice(0, 20)
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
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
                                font.pixelSize: Theme.smallFont
                                color: Theme.mutedText
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            objectName: "resume:" + modelData.id
                            text: modelData.status === "in_progress" ? qsTr("Resume") : qsTr("Open")
                            font.pixelSize: Theme.baseFont
                            Layout.preferredHeight: Theme.touchTarget
                            onClicked: InterviewController.resume(modelData.id)
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
