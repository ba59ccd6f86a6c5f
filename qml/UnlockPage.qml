// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// The workspace is locked: its answers stay encrypted until the passphrase is given.
Page {
    id: root
    objectName: "unlockPage"
    background: Rectangle { color: Theme.background }

    function submit() {
        if (!WorkspaceController.busy && passphrase.text.length > 0) {
            WorkspaceController.unlock(passphrase.text)
            passphrase.text = ""
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        Item {
            width: parent.width
            implicitHeight: card.implicitHeight + 4 * Theme.margin

            PageCard {
                id: card
                anchors.horizontalCenter: parent.horizontalCenter
                y: Math.max(Theme.margin, (root.height - height) / 3)
                width: implicitWidth

                Label {
                    text: qsTr("Baseline")
                    font.pixelSize: Theme.titleFont
                    font.bold: true
                    color: Theme.primary
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Unlock workspace")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "lockReason"
                    visible: text.length > 0
                    text: WorkspaceController.lockReason
                    font.pixelSize: Theme.baseFont
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "workspaceFolder"
                    text: qsTr("Folder: %1").arg(WorkspaceController.folder)
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                PassphraseField {
                    id: passphrase
                    objectName: "passphrase"
                    label: qsTr("Passphrase")
                    onAccepted: root.submit()
                    Component.onCompleted: field.forceActiveFocus()
                }
                ErrorBanner {
                    objectName: "unlockError"
                    text: WorkspaceController.errorMessage
                }
                PrimaryButton {
                    objectName: "unlockButton"
                    text: WorkspaceController.busy ? qsTr("Unlocking…") : qsTr("Unlock")
                    enabled: !WorkspaceController.busy && passphrase.text.length > 0
                    font.pixelSize: Theme.baseFont
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Unlock")
                    onClicked: root.submit()
                }
                BusyIndicator {
                    running: WorkspaceController.busy
                    visible: running
                    Layout.alignment: Qt.AlignHCenter
                }
            }
        }
    }
}
