"""The web app served for real on loopback: a real browser fills its forms, and 20 drafts at once.

The browser is Debian's chromium driven through its chromium-driver (Selenium); `.ci/run` installs
both. Where the browser cannot start, the browser tests skip and say why.
"""

from __future__ import annotations

import io
import re
import shutil
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed")

from billkit.web import create_app  # noqa: E402

from support import docx_words, pdf_pages  # noqa: E402

pytestmark = pytest.mark.slow

PENDING = (
    "AN ACT relating to criminal records.\n\n"
    "Sec. 1. A person whose record is sealed under this section may inspect and obtain a copy of "
    "the sealed record without first obtaining a court order.\n\n"
    "Sec. 2. Sealed records may be made available to any federal agency upon request.\n"
)
WAIT = 120
"""Seconds any one step may take before the test gives up: generous, on a busy two-core machine."""


@pytest.fixture(scope="module")
def server():
    """The app on a free loopback port, in a thread of this process; its base URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    config = uvicorn.Config(create_app(warm=True), log_level="warning", lifespan="on")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the server did not start"
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    running.should_exit = True
    thread.join(WAIT)
    listener.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless chromium with downloads going to a folder of its own, or a skip saying why not."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.common.exceptions import WebDriverException

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("no browser: install Debian's chromium and chromium-driver (`.ci/run` does)")
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    try:
        driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver_path))
    except WebDriverException as exc:
        pytest.skip(f"the browser cannot start: {exc.msg}")
    driver.set_page_load_timeout(WAIT)
    driver.downloads = downloads
    yield driver
    driver.quit()


def arrived_at_results(browser) -> None:
    """Wait for the submitted form to land on its results page: a click returns before the browser
    has followed the server's redirect, so reading the address at once races the navigation."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(browser, WAIT).until(expected_conditions.url_contains("/results/"))
    except TimeoutException:
        page = browser.page_source[:2000]
        raise AssertionError(f"no results page: {browser.current_url}\n{page}") from None


def downloaded(folder, name: str) -> bytes:
    deadline = time.monotonic() + WAIT
    path = folder / name
    while time.monotonic() < deadline:
        if path.exists() and not (folder / f"{name}.crdownload").exists():
            return path.read_bytes()
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded: {sorted(p.name for p in folder.iterdir())}")


def test_fill_the_draft_form_and_open_the_downloads(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(f"{server}/draft")
    Select(browser.find_element(By.ID, "state")).select_by_visible_text("Ohio")
    for box in browser.find_elements(By.CSS_SELECTOR, "input[name=clause]"):
        if box.get_attribute("value") not in ("short-title", "record-access") and box.is_selected():
            box.click()
    browser.find_element(By.ID, "relief_term").send_keys("sealing")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    arrived_at_results(browser)
    for name in ("oh-model-bill.docx", "oh-model-bill.pdf"):
        browser.find_element(By.LINK_TEXT, name).click()
    docx = downloaded(browser.downloads, "oh-model-bill.docx")
    pdf = downloaded(browser.downloads, "oh-model-bill.pdf")
    words = " ".join(docx_words(docx))
    assert "sealing" in words and "Ohio" in words
    assert "sealing" in " ".join(pdf_pages(pdf))
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.preview")
    browser.switch_to.frame(frame)
    assert "Ohio" in browser.find_element(By.TAG_NAME, "body").text
    browser.switch_to.default_content()


def test_upload_a_pending_bill_and_read_the_scorecard(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    bill = tmp_path / "sb5.txt"
    bill.write_text(PENDING)
    browser.get(f"{server}/check")
    browser.find_element(By.ID, "bill").send_keys(str(bill))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    arrived_at_results(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.scorecard tbody tr")
    statuses = {
        row.find_element(By.TAG_NAME, "th").text: row.find_element(By.CLASS_NAME, "status").text
        for row in rows
    }
    assert statuses["record-access"] == "present" and statuses["federal-records"] == "contrary"
    assert "Sec. 2, line 5" in browser.find_element(By.CSS_SELECTOR, "table.scorecard").text


def test_the_handout_form_works_from_the_keyboard_alone(server, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    browser.get(f"{server}/handout")
    keys = ActionChains(browser)
    visited = []
    for _ in range(40):
        keys.send_keys(Keys.TAB).perform()
        focused = browser.switch_to.active_element
        visited.append(focused.get_attribute("id") or focused.get_attribute("href") or focused.tag_name)
        if focused.get_attribute("id") == "lang-en":
            keys.send_keys(Keys.ARROW_RIGHT).perform()  # the radio group moves to Spanish
        if focused.tag_name == "button":
            break
    for field in ("audience-community", "practice", "state", "orgs", "format-docx"):
        assert field in visited, visited
    assert browser.switch_to.active_element.tag_name == "button", visited
    keys.send_keys(Keys.ENTER).perform()
    arrived_at_results(browser)
    assert browser.find_element("tag name", "html").get_attribute("lang") == "es"
    names = [a.text for a in browser.find_elements("css selector", ".downloads a")]
    assert "handout-community-es.pdf" in names, names


def test_twenty_drafts_at_once_all_succeed_with_valid_files(server):
    import docx
    import httpx2 as httpx
    from pypdf import PdfReader

    form = {"clause": ["short-title", "record-access"], "format": ["docx", "pdf"], "state": "TX"}

    def draft(client) -> tuple[bytes, bytes]:
        page = client.post(f"{server}/draft", data=form, follow_redirects=True)
        assert page.status_code == 200, page.text[:500]
        links = dict((n, u) for u, n in re.findall(r'href="(/results/[^"]+/files/([^"]+))"', page.text))
        return tuple(client.get(server + links[f"tx-model-bill.{ext}"]).content for ext in ("docx", "pdf"))

    with httpx.Client(timeout=WAIT * 5) as client, ThreadPoolExecutor(max_workers=20) as pool:
        futures = [pool.submit(draft, client) for _ in range(20)]
        results = [future.result() for future in as_completed(futures, timeout=WAIT * 10)]
    assert len(results) == 20
    for docx_bytes, pdf_bytes in results:
        assert "Texas" in " ".join(p.text for p in docx.Document(io.BytesIO(docx_bytes)).paragraphs)
        assert len(PdfReader(io.BytesIO(pdf_bytes)).pages) >= 1
    assert len({pdf for _, pdf in results}) == 1, "the same request gave different PDFs"
    assert len({d for d, _ in results}) == 1, "the same request gave different DOCX files"
