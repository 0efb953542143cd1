import { render } from 'preact';
import { browser } from 'wxt/browser';
import { localiseDocument } from '../../components/i18n/document';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';

localiseDocument('welcome_title');
render(<WelcomePage onOpenDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })} />, document.getElementById('app')!);
