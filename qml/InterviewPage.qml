// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// The screen assessors work in: one item or one section per screen, as the instrument says. Every answer is committed
// as it is given, and "Saved" appears only after the commit returned. Keyboard: digits pick choices, Enter goes on,
// Shift+Enter or Alt+Left goes back, F1 lists the shortcuts, Escape twice is the quick exit.
Page {
    id: page
    objectName: "interviewPage"
    background: Rectangle { color: Theme.background }

    readonly property bool tablet: width < height

    function commitInputs() {
        for (let i = 0; i < itemsRepeater.count; ++i) {
            const view = itemsRepeater.itemAt(i)
            if (view)
                view.commit()
        }
    }
    function goNext() {
        commitInputs()
        InterviewController.next()
    }
    function goBack() {
        commitInputs()
        InterviewController.previous()
    }
    function pick(index) {
        for (let i = 0; i < itemsRepeater.count; ++i) {
            const view = itemsRepeater.itemAt(i)
            if (view && view.item.choices)
                return view.pick(index)
        }
        return false
    }

    header: ToolBar {
        height: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Label {
                objectName: "instrumentTitle"
                // A sensitive instrument never names itself on screen.
                text: InterviewController.sensitive ? qsTr("Interview") : InterviewController.instrumentTitle
                color: Theme.textOnPrimary
                font.pixelSize: Theme.baseFont
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                // A draft translation is shown as such (the instrument's languages carry a status): the assessor
                // then checks the wording against the reviewed language.
                objectName: "draftTranslation"
                readonly property bool draft: {
                    for (let i = 0; i < InterviewController.languages.length; ++i)
                        if (InterviewController.languages[i].code === InterviewController.language)
                            return InterviewController.languages[i].draft
                    return false
                }
                visible: draft
                text: qsTr("Draft translation")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.smallFont
                font.italic: true
                Accessible.name: text
            }
            ComboBox {
                objectName: "languagePicker"
                visible: InterviewController.languages.length > 1
                model: InterviewController.languages
                textRole: "name"
                valueRole: "code"
                font.pixelSize: Theme.smallFont
                Layout.preferredHeight: Theme.touchTarget * 0.8
                Accessible.name: qsTr("Interview language")
                currentIndex: {
                    for (let i = 0; i < InterviewController.languages.length; ++i)
                        if (InterviewController.languages[i].code === InterviewController.language)
                            return i
                    return 0
                }
                onActivated: InterviewController.language = currentValue
                // On the primary-coloured bar the default (transparent) box left dark text on dark blue.
                background: Rectangle {
                    color: Theme.surface
                    radius: 4
                    implicitWidth: 140
                }
            }
            ToolButton {
                objectName: "helpButton"
                text: "?"
                font.pixelSize: Theme.headingFont
                Accessible.name: qsTr("Keyboard shortcuts")
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                onClicked: help.open()
                contentItem: Text { text: parent.text; color: Theme.textOnPrimary; font: parent.font
                                    horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter }
            }
            PrimaryButton {
                objectName: "quickExitButton"
                text: qsTr("Exit")
                fill: Theme.error
                Accessible.name: qsTr("Quick exit: hide this screen at once")
                Layout.preferredHeight: Theme.touchTarget * 0.85
                onClicked: WorkspaceController.quickExit()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Progress and the section navigator.
        Rectangle {
            color: Theme.surface
            Layout.fillWidth: true
            implicitHeight: navRow.implicitHeight + Theme.spacing
            RowLayout {
                id: navRow
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                spacing: Theme.spacing
                ComboBox {
                    objectName: "sectionNavigator"
                    // While the respondent has the device, nothing outside their section is reachable or shown.
                    visible: InterviewController.handOver === InterviewController.None
                    model: InterviewController.sections
                    textRole: "title"
                    font.pixelSize: Theme.smallFont
                    Layout.fillWidth: true
                    Layout.maximumWidth: page.width * 0.55
                    Accessible.name: qsTr("Go to section")
                    currentIndex: {
                        let found = 0
                        for (let i = 0; i < InterviewController.sections.length; ++i)
                            if (InterviewController.sections[i].screen <= InterviewController.screenIndex)
                                found = i
                        return found
                    }
                    onActivated: (index) => InterviewController.goTo(InterviewController.sections[index].screen)
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "progressLabel"
                    visible: InterviewController.handOver === InterviewController.None
                    text: qsTr("%1 of %2 answered").arg(InterviewController.answered).arg(InterviewController.relevantCount)
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 4
            color: Theme.disabledFill
            Rectangle {
                // Anchored, so that it fills from the right in right-to-left languages.
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: parent.width * (InterviewController.relevantCount > 0
                                       ? InterviewController.answered / InterviewController.relevantCount : 0)
                color: Theme.success
            }
        }

        // Self-completion: the hand-over and give-back screens replace the questions.
        Item {
            objectName: InterviewController.handOver === InterviewController.Offer ? "handOverOffer" : "handOverGiveBack"
            visible: InterviewController.handOver === InterviewController.Offer
                     || InterviewController.handOver === InterviewController.GiveBack
            Layout.fillWidth: true
            Layout.fillHeight: true
            Column {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.cardMaxWidth)
                spacing: Theme.margin
                Label {
                    width: parent.width
                    text: InterviewController.handOver === InterviewController.Offer
                          ? qsTr("The next questions are for the respondent to answer alone. Explain how to answer, "
                                 + "then hand over the device: earlier answers stay hidden until you take it back.")
                          : qsTr("Thank you. Please give the device back to the interviewer.")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                PrimaryButton {
                    objectName: InterviewController.handOver === InterviewController.Offer ? "handOverStart"
                                                                                           : "handBackButton"
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, Theme.touchTarget * 7)
                    text: InterviewController.handOver === InterviewController.Offer
                          ? qsTr("Hand over") : qsTr("Interviewer: unlock to continue")
                    onClicked: InterviewController.handOver === InterviewController.Offer
                               ? InterviewController.startHandOver() : InterviewController.handBack()
                }
            }
        }

        ScrollView {
            id: scroller
            visible: InterviewController.handOver === InterviewController.None
                     || InterviewController.handOver === InterviewController.Active
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            // A Column, not a ColumnLayout: the items are rebuilt after every answer, and Qt 6.4's layouts can
            // crash when a Repeater's delegates go away during a relayout.
            Column {
                width: Math.min(scroller.availableWidth - 2 * Theme.margin, Theme.cardMaxWidth * 1.5)
                x: (scroller.availableWidth - width) / 2
                spacing: Theme.margin
                topPadding: Theme.margin
                bottomPadding: Theme.margin

                Label {
                    objectName: "screenTitle"
                    visible: text.length > 0
                    text: InterviewController.screenTitle
                    font.pixelSize: Theme.smallFont
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                    color: Theme.primary
                    wrapMode: Text.Wrap
                    width: parent.width
                }

                RosterView {
                    visible: InterviewController.roster.path !== undefined
                    roster: InterviewController.roster
                    width: parent.width
                }

                Repeater {
                    id: itemsRepeater
                    model: InterviewController.items
                    delegate: QuestionView {
                        required property var modelData
                        required property int index
                        item: modelData
                        first: index === 0
                        width: parent ? parent.width : 0
                    }
                }
            }
        }

        ErrorBanner {
            objectName: "interviewError"
            text: InterviewController.errorMessage
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
        }

        Rectangle {
            color: Theme.surface
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + Theme.spacing * 2
            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Button {
                    Accessible.name: text
                    objectName: "backButton"
                    text: qsTr("Back")
                    enabled: InterviewController.screenIndex > 0
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget * 2.5
                    onClicked: page.goBack()
                }
                Label {
                    objectName: "saveState"
                    text: InterviewController.saveState === "saved" ? qsTr("Saved")
                        : InterviewController.saveState === "error" ? qsTr("Not saved") : ""
                    color: InterviewController.saveState === "error" ? Theme.error : Theme.success
                    font.pixelSize: Theme.smallFont
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Button {
                    Accessible.name: text
                    objectName: "reviewButton"
                    visible: InterviewController.handOver === InterviewController.None
                    text: qsTr("Review")
                    flat: true
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: { page.commitInputs(); InterviewController.review() }
                }
                PrimaryButton {
                    objectName: "nextButton"
                    visible: InterviewController.handOver === InterviewController.None
                             || InterviewController.handOver === InterviewController.Active
                    text: InterviewController.screenIndex + 1 >= InterviewController.screenCount ? qsTr("Finish") : qsTr("Next")
                    Layout.preferredWidth: Theme.touchTarget * 3
                    onClicked: page.goNext()
                }
            }
        }
    }

    // Keyboard.
    Shortcut { sequences: ["Return", "Enter"]; onActivated: page.goNext() }
    Shortcut { sequences: ["Shift+Return", "Shift+Enter", "Alt+Left"]; onActivated: page.goBack() }
    Shortcut { sequence: "F1"; onActivated: help.open() }
    // On a roster's overview: add an entry. Elsewhere: go on (also from a multi-line text).
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        onActivated: {
            if (InterviewController.roster.openEnded === true) {
                page.commitInputs()
                InterviewController.addEntry()
            } else {
                page.goNext()
            }
        }
    }
    Repeater {
        model: 9
        delegate: Item {
            required property int index
            Shortcut { sequence: String(index + 1); onActivated: page.pick(index) }
        }
    }
    Popup {
        id: help
        objectName: "helpOverlay"
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, Theme.cardMaxWidth)
        padding: Theme.margin
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            Label { text: qsTr("Keyboard shortcuts"); font.pixelSize: Theme.headingFont; font.bold: true; color: Theme.text }
            Repeater {
                model: [
                    [qsTr("1 – 9"), qsTr("pick a choice")],
                    [qsTr("Enter"), qsTr("save and go on")],
                    [qsTr("Ctrl+Enter"), qsTr("add an entry to a list of people or places; elsewhere, go on")],
                    [qsTr("Shift+Enter or Alt+Left"), qsTr("go back")],
                    [qsTr("Escape twice"), qsTr("quick exit: hide the interview at once")],
                    [qsTr("F1"), qsTr("this list")]
                ]
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Label { text: modelData[0]; font.pixelSize: Theme.baseFont; font.bold: true; color: Theme.text
                            Layout.preferredWidth: Theme.baseFont * 11 }
                    Label { text: modelData[1]; font.pixelSize: Theme.baseFont; color: Theme.text; wrapMode: Text.Wrap
                            Layout.fillWidth: true }
                }
            }
            Button { text: qsTr("Close"); font.pixelSize: Theme.baseFont; onClicked: help.close()
                     Layout.alignment: Qt.AlignRight; Layout.preferredHeight: Theme.touchTarget }
        }
    }
}
