// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Baseline.Backend

// Sync by file (docs/sync.md): this device's fingerprint, the team, and packages to and from a folder (a USB stick or
// a shared folder). Lists below use Column, not ColumnLayout: their models are replaced wholesale after every action.
Page {
    id: root
    objectName: "syncPage"
    background: Rectangle { color: Theme.background }

    function actionText(action) {
        switch (action) {
        case "import": return qsTr("Imported")
        case "export": return qsTr("Exported")
        case "receipt": return qsTr("Receipt")
        case "assign": return qsTr("Assigned")
        case "enrol": return qsTr("Enrolled")
        case "revoke": return qsTr("Revoked")
        case "purge": return qsTr("Purged")
        }
        return action
    }

    header: ToolBar {
        height: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            HeaderButton {
                objectName: "syncBack"
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the workspace")
                onClicked: SyncController.hide()
            }
            Label {
                text: qsTr("Sync")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.headingFont
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    FolderDialog {
        id: folderDialog
        onAccepted: folderField.text = selectedFolder
    }
    FileDialog {
        id: identityDialog
        nameFilters: [qsTr("Identity files (*.json)")]
        onAccepted: enrolField.text = selectedFile
    }
    Dialog {
        id: revokeDialog
        objectName: "revokeDialog"
        property string deviceId
        property string name
        anchors.centerIn: parent
        modal: true
        title: qsTr("Revoke %1?").arg(name)
        standardButtons: Dialog.Cancel
        Label {
            text: qsTr("Packages signed by this device will be refused from now on, even ones written before. "
                       + "A revoked device cannot be enrolled again.")
            wrapMode: Text.Wrap
            width: Math.min(root.width * 0.8, 480)
        }
        footer: DialogButtonBox {
            Button { text: qsTr("Cancel"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
            Button {
                Accessible.name: text
                objectName: "revokeConfirm"
                text: qsTr("Revoke")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: SyncController.revoke(deviceId)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Rectangle {
                objectName: "syncMessage"
                visible: SyncController.message.length > 0
                color: SyncController.messageIsError ? Theme.errorBackground : Theme.surface
                border.color: SyncController.messageIsError ? Theme.error : Theme.success
                radius: Theme.radius
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.margin
                Layout.preferredWidth: Math.min(Theme.cardMaxWidth, root.width - 2 * Theme.margin)
                implicitHeight: messageText.implicitHeight + 2 * Theme.spacing
                Accessible.role: Accessible.AlertMessage
                Accessible.name: SyncController.message
                Text {
                    id: messageText
                    objectName: "syncMessageText"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: SyncController.message
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.baseFont
                    color: SyncController.messageIsError ? Theme.error : Theme.success
                }
            }

            // This device.
            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: SyncController.message.length > 0 ? 0 : Theme.margin
                Layout.preferredWidth: implicitWidth
                Label {
                    text: qsTr("This device")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                Label {
                    text: SyncController.deviceName
                    font.pixelSize: Theme.baseFont
                    color: Theme.text
                }
                Label {
                    text: qsTr("Fingerprint: read it aloud to the person who enrols this device, and compare theirs "
                               + "the same way.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "ownFingerprint"
                    text: SyncController.fingerprint
                    font.family: "monospace"
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Fingerprint %1").arg(text)
                    // Digits read left to right in every language.
                    LayoutMirroring.enabled: false
                    horizontalAlignment: Text.AlignLeft
                }
            }

            // The folder packages go to and come from.
            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: implicitWidth
                Label {
                    text: qsTr("Folder (USB stick or shared folder)")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: folderField
                        objectName: "syncFolder"
                        placeholderText: qsTr("Folder")
                        font.pixelSize: Theme.baseFont
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Folder for package files")
                    }
                    Button {
                        Accessible.name: text
                        text: qsTr("Choose…")
                        font.pixelSize: Theme.baseFont
                        Layout.preferredHeight: Theme.touchTarget
                        onClicked: folderDialog.open()
                    }
                }
                Flow {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    PrimaryButton {
                        objectName: "exportButton"
                        text: qsTr("Export results")
                        enabled: folderField.text.length > 0 && !SyncController.busy
                        onClicked: SyncController.exportResults(folderField.text, allInterviews.checked)
                    }
                    PrimaryButton {
                        objectName: "importButton"
                        text: qsTr("Import packages")
                        enabled: folderField.text.length > 0 && !SyncController.busy
                        onClicked: SyncController.importPaths([folderField.text])
                    }
                    Button {
                        Accessible.name: text
                        objectName: "receiptsButton"
                        text: qsTr("Write receipts")
                        font.pixelSize: Theme.baseFont
                        height: Theme.touchTarget
                        enabled: folderField.text.length > 0 && !SyncController.busy
                        onClicked: SyncController.writeReceipts(folderField.text)
                    }
                    Button {
                        Accessible.name: text
                        objectName: "saveIdentityButton"
                        text: isCoordinator.checked ? qsTr("Save team file") : qsTr("Save my identity file")
                        font.pixelSize: Theme.baseFont
                        height: Theme.touchTarget
                        enabled: folderField.text.length > 0
                        onClicked: SyncController.saveIdentity(folderField.text, isCoordinator.checked)
                    }
                }
                CheckBox {
                    Accessible.name: text
                    id: allInterviews
                    objectName: "exportAll"
                    text: qsTr("Export all interviews again")
                    font.pixelSize: Theme.smallFont
                    Layout.fillWidth: true
                }
                CheckBox {
                    Accessible.name: text
                    id: isCoordinator
                    objectName: "coordinatorRole"
                    text: qsTr("This is the coordinator's workspace")
                    font.pixelSize: Theme.smallFont
                    checked: SyncController.peers.length > 0 && !SyncController.peers[0].coordinator
                    Layout.fillWidth: true
                }
                ProgressBar {
                    objectName: "importProgress"
                    visible: SyncController.busy || SyncController.results.length > 0
                    value: SyncController.progress
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Import progress")
                }
                Column {
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 0.5
                    Repeater {
                        model: SyncController.results
                        delegate: Label {
                            required property var modelData
                            required property int index
                            objectName: "importResult:" + index
                            width: parent ? parent.width : 0
                            text: (modelData.accepted ? "✓ " : "✗ ") + modelData.file + ": " + modelData.message
                            color: modelData.accepted ? Theme.text : Theme.error
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.smallFont
                        }
                    }
                }
                Button {
                    Accessible.name: text
                    objectName: "purgeButton"
                    text: qsTr("Remove delivered interviews from this device")
                    font.pixelSize: Theme.smallFont
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: SyncController.purge()
                }
            }

            // The team.
            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: implicitWidth
                Label {
                    text: qsTr("Team")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                Label {
                    visible: SyncController.peers.length === 0
                    text: qsTr("Nobody enrolled yet. An assessor enrols the coordinator's team file; the coordinator "
                               + "enrols each assessor's identity file. Compare fingerprints aloud before enrolling.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.baseFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                Column {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: SyncController.peers
                        delegate: RowLayout {
                            required property var modelData
                            width: parent ? parent.width : 0
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    objectName: "peer:" + modelData.deviceId
                                    text: modelData.name + "  ·  "
                                          + (modelData.coordinator ? qsTr("coordinator") : qsTr("assessor"))
                                          + (modelData.revoked ? "  ·  " + qsTr("revoked") : "")
                                    font.pixelSize: Theme.baseFont
                                    color: modelData.revoked ? Theme.mutedText : Theme.text
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: modelData.fingerprint
                                    font.family: "monospace"
                                    font.pixelSize: Theme.smallFont
                                    color: Theme.mutedText
                                    wrapMode: Text.Wrap
                                    LayoutMirroring.enabled: false
                                    Layout.fillWidth: true
                                }
                            }
                            Button {
                                objectName: "revoke:" + modelData.deviceId
                                visible: !modelData.revoked
                                text: qsTr("Revoke")
                                font.pixelSize: Theme.smallFont
                                Layout.preferredHeight: Theme.touchTarget
                                Accessible.name: qsTr("Revoke %1").arg(modelData.name)
                                onClicked: {
                                    revokeDialog.deviceId = modelData.deviceId
                                    revokeDialog.name = modelData.name
                                    revokeDialog.open()
                                }
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: enrolField
                        objectName: "enrolFile"
                        placeholderText: qsTr("Identity or team file")
                        font.pixelSize: Theme.baseFont
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Identity or team file to enrol")
                    }
                    Button {
                        Accessible.name: text
                        text: qsTr("Choose…")
                        font.pixelSize: Theme.baseFont
                        Layout.preferredHeight: Theme.touchTarget
                        onClicked: identityDialog.open()
                    }
                    PrimaryButton {
                        objectName: "enrolButton"
                        text: qsTr("Enrol")
                        enabled: enrolField.text.length > 0
                        onClicked: if (SyncController.enrol(enrolField.text)) enrolField.text = ""
                    }
                }
            }

            // The log.
            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Theme.margin
                Layout.preferredWidth: implicitWidth
                Label {
                    text: qsTr("Sync log")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                }
                Label {
                    visible: SyncController.log.length === 0
                    text: qsTr("Nothing sent or received yet.")
                    font.pixelSize: Theme.baseFont
                    color: Theme.mutedText
                }
                Column {
                    objectName: "syncLog"
                    Layout.fillWidth: true
                    spacing: 2
                    Repeater {
                        model: SyncController.log
                        delegate: Label {
                            required property var modelData
                            width: parent ? parent.width : 0
                            text: modelData.at + "  " + root.actionText(modelData.action) + "  " + modelData.detail
                            font.pixelSize: Theme.smallFont
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }
}
