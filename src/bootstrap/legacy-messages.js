// The bootstrap's words, Vietnamese then English (both are always shown: the page cannot know the
// display language before office.js is ready, and may never be). Plain ES5: read by Internet
// Explorer 11. {url} is the address of the web page that makes and checks files in any browser.
// `vi`/`en` speak of the task pane inside Excel; `page` (data-kind="page", the web page app.html,
// opened in a browser, not in Excel) of the web page and the browser it needs.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by legacy-guard.js, joined after it
var LEGACY_MESSAGES = {
  vi: {
    title: 'Ngăn tác vụ “Chỉ tiêu Nghị quyết” không chạy được ở đây',
    trident:
      'Excel trên máy này mở bổ trợ bằng trình duyệt cũ Internet Explorer 11, trong đó ngăn tác vụ không chạy được.',
    failed: 'Ngăn tác vụ không khởi động được trong Excel này.',
    unreachable:
      'Không tải được ngăn tác vụ từ máy chủ. Hãy kiểm tra kết nối mạng rồi mở lại, hoặc báo người hỗ trợ tin học.',
    detail: 'Chi tiết cho người hỗ trợ tin học: ',
    stillWorks: 'Vẫn làm được:',
    sheet:
      'Biểu chỉ tiêu đã tạo vẫn tự đánh giá và tô màu số liệu khi không có bổ trợ: cột “% so với chỉ tiêu” và “Đánh giá” là công thức của Excel.',
    web: 'Trang web {url} tạo biểu chỉ tiêu và kiểm tra tệp đã nhập số liệu trong mọi trình duyệt mới (Microsoft Edge, Chrome, Firefox); số liệu không được gửi đi đâu.',
    cli: 'Người hỗ trợ tin học có công cụ dòng lệnh resolution-targets để tạo biểu và kiểm tra tệp .xlsx.',
    versions: 'Ngăn tác vụ chạy trong:',
    modern: 'Excel 2021, Excel 2024, Microsoft 365 và Excel trên web;',
    retail2019:
      'Excel 2019 bản bán lẻ, khi máy có Microsoft Edge WebView2 Runtime hoặc Microsoft Edge bản cũ (EdgeHTML).',
    volume2019:
      'Excel 2019 và 2016 bản cấp phép số lượng lớn (volume license) luôn mở bổ trợ bằng Internet Explorer 11, nên không chạy được ngăn tác vụ; hãy dùng biểu và trang web ở trên.',
    close: 'Đóng',
    page: {
      title: 'Trang web “Chỉ tiêu Nghị quyết” cần trình duyệt mới',
      trident:
        'Trình duyệt này là Internet Explorer, đã quá cũ: trang web không chạy được trong đó. Hãy mở trang bằng một trình duyệt mới: Google Chrome, Microsoft Edge hoặc Firefox.',
      failed:
        'Trang web không khởi động được trong trình duyệt này, có lẽ vì trình duyệt đã cũ. Hãy mở trang bằng bản mới của Google Chrome, Microsoft Edge hoặc Firefox.',
      unreachable:
        'Không tải được trang web từ máy chủ. Hãy kiểm tra kết nối mạng rồi tải lại trang, hoặc báo người hỗ trợ tin học.',
      browsers:
        'Trang chạy trong bản mới của Google Chrome, Microsoft Edge và Firefox, trên máy tính hoặc điện thoại; tệp và số liệu không được gửi đi đâu.',
    },
  },
  en: {
    title: 'The “Resolution Targets” task pane cannot run here',
    trident:
      'Excel on this computer opens add-ins in the old Internet Explorer 11 webview, where the task pane cannot run.',
    failed: 'The task pane could not start in this Excel.',
    unreachable:
      'The task pane could not be loaded from its server. Check the network connection and open it again, or tell your IT helper.',
    detail: 'Details for the IT helper: ',
    stillWorks: 'What still works:',
    sheet:
      'A targets sheet already made judges and colours its figures without the add-in: the “% so với chỉ tiêu” and “Đánh giá” columns are Excel formulas.',
    web: 'The web page {url} makes the targets sheet and checks filled files in any modern browser (Microsoft Edge, Chrome, Firefox); no figure is sent anywhere.',
    cli: 'The IT helper has the resolution-targets command line to make sheets and check .xlsx files.',
    versions: 'The task pane runs in:',
    modern: 'Excel 2021, Excel 2024, Microsoft 365 and Excel on the web;',
    retail2019:
      'retail Excel 2019, when the computer has the Microsoft Edge WebView2 Runtime or the old Microsoft Edge (EdgeHTML).',
    volume2019:
      'Volume-licensed Excel 2019 and 2016 always open add-ins in Internet Explorer 11, so the task pane cannot run there; use the sheet and the web page above.',
    close: 'Close',
    page: {
      title: 'The “Resolution Targets” web page needs a modern browser',
      trident:
        'This browser is Internet Explorer, which is too old: the web page cannot run in it. Open the page in a modern browser: Google Chrome, Microsoft Edge or Firefox.',
      failed:
        'The web page could not start in this browser, probably because the browser is old. Open the page in a recent Google Chrome, Microsoft Edge or Firefox.',
      unreachable:
        'The web page could not be loaded from its server. Check the network connection and reload the page, or tell your IT helper.',
      browsers:
        'The page runs in recent Google Chrome, Microsoft Edge and Firefox, on a computer or a phone; no file or figure is sent anywhere.',
    },
  },
};
