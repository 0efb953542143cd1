import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';

render(<WelcomePage onOpenDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })} />, document.getElementById('app')!);
