// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// Before completion: what is missing or invalid, each with a way to fix it; then complete and finalize. A finalized
// interview is read-only.
Page {
    objectName: "reviewPage"
    background: Rectangle { color: Theme.background }
    readonly property bool finalized: InterviewController.status === "finalized"

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.margin
                Layout.preferredWidth: Math.min(Theme.cardMaxWidth * 1.4, parent.width - 2 * Theme.margin)

                Label {
                    text: InterviewController.sensitive ? qsTr("Review") : qsTr("Review: %1").arg(InterviewController.instrumentTitle)
                    font.pixelSize: Theme.headingFont
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "reviewSummary"
                    text: finalized ? qsTr("This interview is finalized and can no longer be changed.")
                        : InterviewController.blockers.length === 0
                          ? qsTr("Every question that needs an answer has one.")
                          : qsTr("%n item(s) still need attention:", "", InterviewController.blockers.length)
                    font.pixelSize: Theme.baseFont
                    color: InterviewController.blockers.length === 0 ? Theme.success : Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: InterviewController.blockers
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label { text: modelData.label; font.pixelSize: Theme.baseFont; font.bold: true
                                    color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Label { text: modelData.message; font.pixelSize: Theme.smallFont; color: Theme.error
                                    wrapMode: Text.Wrap; Layout.fillWidth: true }
                        }
                        Button {
                            Accessible.name: text
                            objectName: "fix:" + modelData.path
                            text: qsTr("Fix")
                            font.pixelSize: Theme.baseFont
                            Layout.preferredHeight: Theme.touchTarget
                            onClicked: InterviewController.fix(modelData.path)
                        }
                    }
                }
                ErrorBanner { objectName: "reviewError"; text: InterviewController.errorMessage }
                PrimaryButton {
                    objectName: "finalizeButton"
                    visible: !finalized
                    enabled: InterviewController.blockers.length === 0
                    text: qsTr("Finalize the interview")
                    Layout.fillWidth: true
                    onClicked: confirmFinalize.open()
                }
                Button {
                    Accessible.name: text
                    objectName: "backToInterviewButton"
                    visible: !finalized
                    text: qsTr("Back to the questions")
                    font.pixelSize: Theme.baseFont
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: InterviewController.backToInterview()
                }
                Button {
                    objectName: "reviewQuickExit"
                    text: qsTr("Quick exit")
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Quick exit: hide this screen at once")
                    onClicked: WorkspaceController.quickExit()
                }
                Button {
                    Accessible.name: text
                    objectName: "closeInterviewButton"
                    text: qsTr("Close")
                    flat: true
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: InterviewController.close()
                }
            }
        }
    }

    Dialog {
        id: confirmFinalize
        objectName: "confirmFinalize"
        modal: true
        anchors.centerIn: parent
        title: qsTr("Finalize?")
        standardButtons: Dialog.Yes | Dialog.No
        focus: true
        Label {
            text: qsTr("Answers hidden by skip logic are deleted, and no answer can be changed afterwards.")
            wrapMode: Text.Wrap
            width: Math.min(Theme.cardMaxWidth, parent ? parent.width : Theme.cardMaxWidth)
            font.pixelSize: Theme.baseFont
            // Enter confirms (a modal dialog blocks the page's shortcuts, so this one lives inside it); Escape
            // cancels, as for every Dialog.
            Shortcut {
                sequences: ["Return", "Enter"]
                enabled: confirmFinalize.opened
                onActivated: confirmFinalize.accept()
            }
        }
        onAccepted: InterviewController.finalize()
    }
}
