// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// First start: choose the passphrase that encrypts every answer in this workspace.
Page {
    id: root
    objectName: "createPage"
    background: Rectangle { color: Theme.background }

    readonly property int strength: WorkspaceController.strengthScore(passphrase.text)
    readonly property bool matches: passphrase.text === confirmation.text
    readonly property bool acceptable: passphrase.text.length >= WorkspaceController.minimumPassphraseLength
                                       && matches && !WorkspaceController.busy

    function submit() {
        if (root.acceptable)
            WorkspaceController.createWorkspace(passphrase.text, confirmation.text)
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
                    text: qsTr("Create a new workspace")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Every answer is encrypted with this passphrase. Nobody can recover it for you: "
                               + "without it the answers cannot be read, so keep it somewhere safe.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.baseFont
                    color: Theme.mutedText
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
                    objectName: "newPassphrase"
                    label: qsTr("Passphrase")
                    onAccepted: confirmation.field.forceActiveFocus()
                    Component.onCompleted: field.forceActiveFocus()
                }
                // Strength meter: four segments and a hint in words.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Repeater {
                        model: 4
                        Rectangle {
                            required property int index
                            Layout.fillWidth: true
                            height: 6
                            radius: 3
                            color: index < root.strength
                                   ? (root.strength <= 1 ? Theme.strengthWeak
                                                         : root.strength === 2 ? Theme.strengthFair : Theme.strengthGood)
                                   : Theme.border
                        }
                    }
                }
                Label {
                    objectName: "strengthHint"
                    text: WorkspaceController.strengthHint(passphrase.text)
                    font.pixelSize: Theme.smallFont
                    color: root.strength <= 1 && passphrase.text.length > 0 ? Theme.error : Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                PassphraseField {
                    id: confirmation
                    objectName: "confirmPassphrase"
                    label: qsTr("Type it again")
                    onAccepted: root.submit()
                }
                Label {
                    objectName: "mismatchHint"
                    visible: confirmation.text.length > 0 && !root.matches
                    text: qsTr("The two passphrases differ.")
                    color: Theme.error
                    font.pixelSize: Theme.smallFont
                    Layout.fillWidth: true
                }
                ErrorBanner {
                    objectName: "createError"
                    text: WorkspaceController.errorMessage
                }
                PrimaryButton {
                    objectName: "createButton"
                    text: WorkspaceController.busy ? qsTr("Creating…") : qsTr("Create workspace")
                    enabled: root.acceptable
                    font.pixelSize: Theme.baseFont
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    Accessible.name: qsTr("Create workspace")
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
